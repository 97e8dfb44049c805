import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.ISO9796d1Encoding;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.ElGamalEngine;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.signers.*;

class BcWrappedSigners {
    void generic() {
        AsymmetricBlockCipher engine = new RSAEngine();
        // ruleid: java-bc-signer-wrapper -> RSA
        GenericSigner rsa = new GenericSigner(engine, new SHA256Digest());
        AsymmetricBlockCipher elgamal = new PKCS1Encoding(new ElGamalEngine());
        // ruleid: java-bc-signer-wrapper -> ElGamal
        GenericSigner eg = new GenericSigner(elgamal, new SHA256Digest());
    }

    void iso(AsymmetricBlockCipher given, Digest digest) {
        AsymmetricBlockCipher cipher = new ISO9796d1Encoding(new RSAEngine());
        // ruleid: java-bc-signer-wrapper -> RSA-ISO9796-2
        ISO9796d2Signer iso = new ISO9796d2Signer(cipher, digest, false);
        // ruleid: java-bc-signer-wrapper -> RSA-ISO9796-2-PSS
        Signer pss = new ISO9796d2PSSSigner(new RSABlindedEngine(), digest, 20);
        // ruleid: java-bc-signer-wrapper -> RSA-X9.31
        X931Signer x931 = new X931Signer(new RSAEngine(), new SHA256Digest());
        // ruleid: java-bc-signer-wrapper -> unknown unresolved=algorithm
        Signer any = new GenericSigner(given, digest);
    }

    void hashBased(Digest digest) {
        SPHINCS256Signer sphincs = new SPHINCS256Signer(new SHAKEDigest(128), new SHAKEDigest(256));
        // ruleid: java-bc-signer-wrapper -> SPHINCS-256
        DigestingMessageSigner signer = new DigestingMessageSigner(sphincs, digest);
        // ruleid: java-bc-signer-wrapper -> GMSS
        Signer gmss = new DigestingStateAwareMessageSigner(new GMSSStateAwareSigner(new SHA256Digest()), digest);
        // ruleid: java-bc-signer-wrapper -> XMSS
        Signer xmss = new DigestingStateAwareMessageSigner(new XMSSSigner(), digest);
    }

    void lookalikes() {
        // ok: java-bc-signer-wrapper
        Signer plain = new ECDSASigner();
        // ok: java-bc-signer-wrapper
        Signer dsa = new DSADigestSigner(new DSASigner(), new SHA256Digest());
        // ok: java-bc-signer-wrapper
        Object jws = new GenericSignerFactory("RS256");
    }
}
