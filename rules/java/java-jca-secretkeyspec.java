import javax.crypto.spec.SecretKeySpec;

class Keys {
    static final String ALGORITHM = "HmacSHA512";

    void keys(byte[] raw) {
        // ruleid: java-jca-secretkeyspec -> AES function=other
        SecretKeySpec aes = new SecretKeySpec(raw, "AES");
        // ruleid: java-jca-secretkeyspec -> HMAC-SHA-512
        SecretKeySpec mac = new SecretKeySpec(raw, ALGORITHM);
        // ruleid: java-jca-secretkeyspec -> DES
        javax.crypto.spec.SecretKeySpec des = new javax.crypto.spec.SecretKeySpec(raw, 0, 8, "DES");
        // ok: java-jca-secretkeyspec
        KeySpec other = new PKCS8EncodedKeySpec(raw);
    }
}
