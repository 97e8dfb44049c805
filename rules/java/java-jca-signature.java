import java.security.Signature;

class Signatures {
    private static final String SCHEME = "SHA1withRSA";

    void sign() throws Exception {
        // ruleid: java-jca-signature -> ECDSA-SHA-256 function=sign
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        // ruleid: java-jca-signature -> RSA-PKCS1-1.5-SHA-1
        Signature rsa = Signature.getInstance(SCHEME);
        // ruleid: java-jca-signature -> RSA-PSS
        Signature pss = Signature.getInstance("RSASSA-PSS");
        // ruleid: java-jca-signature -> Ed25519
        Signature ed = Signature.getInstance("Ed25519");
        // ruleid: java-jca-signature -> ML-DSA-65
        Signature mldsa = Signature.getInstance("ML-DSA-65");
        // ok: java-jca-signature
        Object other = SignatureFactory.getInstance("SHA256withRSA");
    }
}
