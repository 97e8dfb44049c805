import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.DSASigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

class BcDsaDigestSigner {
    void signers(DSA given, Digest anyDigest) {
        Digest digest = new SHA256Digest();
        DSASigner dsa = new DSASigner();
        // ruleid: java-bc-dsa-digest-signer -> DSA-SHA-256 function=sign
        DSADigestSigner signer = new DSADigestSigner(dsa, digest, new StandardDSAEncoding());
        // ruleid: java-bc-dsa-digest-signer -> ECDSA-SHA-512
        Signer ecdsa = new DSADigestSigner(new ECDSASigner(), SHA512Digest.newInstance());
        // ruleid: java-bc-dsa-digest-signer -> ECDSA
        Signer noHash = new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())), anyDigest);
        // ruleid: java-bc-dsa-digest-signer -> unknown unresolved=algorithm
        Signer any = new DSADigestSigner(given, digest);
        // ok: java-bc-dsa-digest-signer
        Signer rsa = new RSADigestSigner(new SHA256Digest());
        // ok: java-bc-dsa-digest-signer
        Object o = new DSADigestSignerConfig();
    }
}
