import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

class KeyPairSizes {
    static final int RSA_BITS = 3072;

    void generate(int size) throws Exception {
        // ruleid: java-jca-keypairgenerator -> RSA-2048 function=keygen parameter=2048
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        // ruleid: java-jca-keypairgenerator -> RSA-3072
        KeyPairGenerator rsa3k = KeyPairGenerator.getInstance("RSA", "BC");
        rsa3k.initialize(RSA_BITS, new java.security.SecureRandom());
        // ruleid: java-jca-keypairgenerator -> ECDSA-P-256 curve=P-256
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        ECGenParameterSpec spec = new ECGenParameterSpec("secp384r1");
        // ruleid: java-jca-keypairgenerator -> ECDSA-P-384
        KeyPairGenerator ec384 = KeyPairGenerator.getInstance("EC");
        ec384.initialize(spec);
        // ruleid: java-jca-keypairgenerator -> RSA-4096
        KeyPairGenerator rsaSpec = KeyPairGenerator.getInstance("RSA");
        rsaSpec.initialize(new RSAKeyGenParameterSpec(4096, RSAKeyGenParameterSpec.F4));
        // ruleid: java-jca-keypairgenerator -> ML-KEM-768
        KeyPairGenerator kem = KeyPairGenerator.getInstance("ML-KEM");
        kem.initialize(NamedParameterSpec.ML_KEM_768);
        // ruleid: java-jca-keypairgenerator -> ML-DSA-87
        KeyPairGenerator dsa87 = KeyPairGenerator.getInstance("ML-DSA-87");
        // ruleid: java-jca-keypairgenerator -> Ed25519
        KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519");
        // ruleid: java-jca-keypairgenerator -> RSA unresolved=size
        KeyPairGenerator unsized = KeyPairGenerator.getInstance("RSA");
        unsized.initialize(size);
        // ruleid: java-jca-keypairgenerator -> DSA-1024
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(1024);
        // ruleid: java-jca-keypairgenerator -> FFDH-2048
        KeyPairGenerator dh = KeyPairGenerator.getInstance("DH");
        dh.initialize(2048);
        // ok: java-jca-keypairgenerator
        Object notJca = MyKeyPairGeneratorFactory.getInstance("RSA");
    }
}

class TwoMethods {
    KeyPair signing() throws Exception {
        // ruleid: java-jca-keypairgenerator -> ECDSA-P-521
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(new ECGenParameterSpec("secp521r1"));
        return kpg.generateKeyPair();
    }

    KeyPair transport() throws Exception {
        // ruleid: java-jca-keypairgenerator -> RSA-3072
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(3072);
        return kpg.generateKeyPair();
    }
}

class NotAGenerator {
    void run(Cache cache) {
        // ok: java-jca-keypairgenerator-initialize
        cache.initialize(2048);
    }
}
