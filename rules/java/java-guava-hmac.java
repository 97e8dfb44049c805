import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;

class GuavaMacs {
    void macs(byte[] key, Key secret) {
        // ruleid: java-guava-hmac -> HMAC-SHA-256 function=tag
        HashFunction mac = Hashing.hmacSha256(key);
        // ruleid: java-guava-hmac -> HMAC-MD5
        HashFunction old = Hashing.hmacMd5(secret);
        // ruleid: java-guava-hmac -> SipHash
        long h = Hashing.sipHash24().hashLong(42L).asLong();
        // ok: java-guava-hmac
        HashFunction sha = Hashing.sha256();
        // ok: java-guava-hmac
        Key local = hmacSha256(new SecretKeySpec(key, "HmacSHA256"));
    }
}
