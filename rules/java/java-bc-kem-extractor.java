import org.bouncycastle.crypto.kems.ECIESKEMExtractor;
import org.bouncycastle.crypto.kems.RSAKEMExtractor;
import org.bouncycastle.pqc.crypto.bike.*;
import org.bouncycastle.pqc.crypto.mlkem.*;

class BcKemExtract {
    void kem(SecureRandom random, MLKEMPrivateKeyParameters priv, DerivationFunction kdf, ECPrivateKeyParameters ec, AsymmetricKeyParameter key) {
        // ok: java-bc-kem-extractor
        MLKEMGenerator gen = new MLKEMGenerator(random);
        // ruleid: java-bc-kem-extractor -> ML-KEM function=decapsulate
        MLKEMExtractor ext = new MLKEMExtractor(priv);
        MLKEMPrivateKeyParameters built = new MLKEMPrivateKeyParameters(MLKEMParameters.ml_kem_1024, seed);
        // ruleid: java-bc-kem-extractor -> ML-KEM-1024
        MLKEMExtractor sized = new MLKEMExtractor(built);
        BIKEPrivateKeyParameters bikeKey = new BIKEPrivateKeyParameters(BIKEParameters.bike128, h0, h1, sigma);
        // ruleid: java-bc-kem-extractor -> BIKE-L1
        BIKEKEMExtractor bike = new BIKEKEMExtractor(bikeKey);
        // ruleid: java-bc-kem-extractor -> BIKE
        BIKEKEMExtractor anyBike = new BIKEKEMExtractor(key);
        // ruleid: java-bc-kem-extractor -> unknown unresolved=algorithm
        HQCKEMExtractor anyHqc = new HQCKEMExtractor(key);
        // ruleid: java-bc-kem-extractor -> RSA-KEM
        RSAKEMExtractor rsa = new RSAKEMExtractor(new RSAKeyParameters(true, n, d), 32, kdf);
        // ruleid: java-bc-kem-extractor -> ECIES
        EncapsulatedSecretExtractor ecies = new ECIESKEMExtractor(ec, 32, kdf);
        // ok: java-bc-kem-extractor
        Generator g = new KeyGenerator(random);
    }
}
