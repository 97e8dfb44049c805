import org.bouncycastle.crypto.signers.*;

class BcSigners {
    void signers() {
        // ruleid: java-bc-signer -> ECDSA function=sign
        ECDSASigner ecdsa = new ECDSASigner();
        // ruleid: java-bc-signer -> RSA-PKCS1-1.5-SHA-256
        Signer rsa = new RSADigestSigner(new SHA256Digest());
        // ruleid: java-bc-signer -> RSA-PSS-SHA-512
        Signer pss = new PSSSigner(new RSAEngine(), new SHA512Digest(), 64);
        // ruleid: java-bc-signer -> Ed25519
        Signer ed = new Ed25519Signer();
        // ruleid: java-bc-signer -> ML-DSA
        Signer mldsa = new MLDSASigner();
        // ruleid: java-bc-signer -> SLH-DSA
        MessageSigner slh = new SLHDSASigner();
        // ruleid: java-bc-signer -> GOST-R-34.10-2001
        DSA gost = new ECGOST3410Signer();
        // ok: java-bc-signer
        Signer custom = new DocumentSigner();
    }
}
