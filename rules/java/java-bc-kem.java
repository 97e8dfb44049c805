import org.bouncycastle.crypto.kems.ECIESKEMGenerator;
import org.bouncycastle.crypto.kems.RSAKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.*;

class BcKem {
    void kem(SecureRandom random, MLKEMPrivateKeyParameters priv, DerivationFunction kdf) {
        // ruleid: java-bc-kem -> ML-KEM function=encapsulate
        MLKEMGenerator gen = new MLKEMGenerator(random);
        // ruleid: java-bc-kem -> RSA-KEM
        RSAKEMGenerator rsa = new RSAKEMGenerator(32, kdf, random);
        // ruleid: java-bc-kem -> ECIES
        EncapsulatedSecretGenerator ecies = new ECIESKEMGenerator(32, kdf, random, true, false, false);
        // ruleid: java-bc-kem -> Kyber
        KyberKEMGenerator kyber = new KyberKEMGenerator(random);
        // ok: java-bc-kem
        MLKEMExtractor ext = new MLKEMExtractor(priv);
        // ok: java-bc-kem
        Generator g = new KeyGenerator(random);
    }
}
