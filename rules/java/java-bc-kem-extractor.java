import org.bouncycastle.pqc.crypto.mlkem.*;

class BcKemExtract {
    void kem(SecureRandom random, MLKEMPrivateKeyParameters priv) {
        // ok: java-bc-kem-extractor
        MLKEMGenerator gen = new MLKEMGenerator(random);
        // ruleid: java-bc-kem-extractor -> ML-KEM function=decapsulate
        MLKEMExtractor ext = new MLKEMExtractor(priv);
        // ok: java-bc-kem-extractor
        Generator g = new KeyGenerator(random);
    }
}
