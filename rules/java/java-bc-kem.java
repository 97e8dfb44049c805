import org.bouncycastle.pqc.crypto.mlkem.*;

class BcKem {
    void kem(SecureRandom random, MLKEMPrivateKeyParameters priv) {
        // ruleid: java-bc-kem -> ML-KEM function=encapsulate
        MLKEMGenerator gen = new MLKEMGenerator(random);
        // ok: java-bc-kem
        MLKEMExtractor ext = new MLKEMExtractor(priv);
        // ok: java-bc-kem
        Generator g = new KeyGenerator(random);
    }
}
