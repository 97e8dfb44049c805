import org.bouncycastle.crypto.generators.HKDFBytesGenerator;

class BcHkdf {
    void derive() {
        // ruleid: java-bc-hkdf -> HKDF-SHA-256 function=keyderive
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        // ruleid: java-bc-hkdf -> HKDF-SHA-384
        DerivationFunction h2 = new HKDFBytesGenerator(SHA384Digest.newInstance());
        // ok: java-bc-hkdf
        KDF2BytesGenerator kdf2 = new KDF2BytesGenerator(new SHA256Digest());
    }
}
