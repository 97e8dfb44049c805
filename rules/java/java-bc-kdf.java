import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.agreement.kdf.ConcatenationKDFGenerator;
import org.bouncycastle.crypto.agreement.kdf.ECDHKEKGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.EthereumIESEngine;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.generators.KDFCounterBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;

class BcKdfs {
    void kdfs() {
        // ruleid: java-bc-kdf -> KDF2 function=keyderive
        DerivationFunction kdf2 = new KDF2BytesGenerator(new SHA256Digest());
        Mac prf = new HMac(new SHA256Digest());
        // ruleid: java-bc-kdf -> SP800-108-CounterKDF
        KDFCounterBytesGenerator counter = new KDFCounterBytesGenerator(prf);
        Digest digest = SHA256Digest.newInstance();
        // ruleid: java-bc-kdf -> KDF2
        EthereumIESEngine.HandshakeKDFFunction handshake = new EthereumIESEngine.HandshakeKDFFunction(1, digest);
        // ruleid: java-bc-kdf -> SP800-56C-OneStep
        DerivationFunction concat = new ConcatenationKDFGenerator(digest);
        // ruleid: java-bc-kdf -> ANSI-X9.63-KDF
        DerivationFunction kek = new ECDHKEKGenerator(digest);
        // ruleid: java-bc-kdf -> KDF1
        DerivationFunction kdf1 = new KDF1BytesGenerator(new SHA256Digest());
        // ruleid: java-bc-kdf -> MGF1
        MGF1BytesGenerator mgf = new MGF1BytesGenerator(digest);
        // ruleid: java-bc-kdf -> SP800-108-FeedbackKDF
        MacDerivationFunction feedback = new KDFFeedbackBytesGenerator(prf);
    }

    void lookalikes() {
        // ok: java-bc-kdf
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        // ok: java-bc-kdf
        Object k = new KDF2Settings(32);
    }
}
