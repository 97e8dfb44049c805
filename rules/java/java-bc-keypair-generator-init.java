import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.mlkem.*;
import java.math.BigInteger;

class BcKeyPairSizes {
    void generate(SecureRandom random, int bits) {
        // ruleid: java-bc-keypair-generator -> RSA-2048 function=keygen
        RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
        rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, 2048, 80));
        // ruleid: java-bc-keypair-generator -> ML-KEM-768
        MLKEMKeyPairGenerator kem = new MLKEMKeyPairGenerator();
        kem.init(new MLKEMKeyGenerationParameters(random, MLKEMParameters.ml_kem_768));
        // ruleid: java-bc-keypair-generator -> ML-DSA-87
        MLDSAKeyPairGenerator dsa = new MLDSAKeyPairGenerator();
        MLDSAKeyGenerationParameters params = new MLDSAKeyGenerationParameters(random, MLDSAParameters.ml_dsa_87);
        dsa.init(params);
        // ruleid: java-bc-keypair-generator -> ECDSA
        ECKeyPairGenerator ec = new ECKeyPairGenerator();
        ec.init(new ECKeyGenerationParameters(domain, random));
        // ruleid: java-bc-keypair-generator -> ECDSA
        ECKeyPairGenerator fresh = new ECKeyPairGenerator();
        fresh.init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        // ruleid: java-bc-keypair-generator -> RSA unresolved=size
        RSAKeyPairGenerator dyn = new RSAKeyPairGenerator();
        dyn.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, bits, 80));
        // ruleid: java-bc-keypair-generator -> Ed25519
        Ed25519KeyPairGenerator ed = new Ed25519KeyPairGenerator();
        // ok: java-bc-keypair-generator
        KeyPairGenerator jca = KeyPairGeneratorHolder.create();
    }
}
