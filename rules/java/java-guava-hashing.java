import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;

class GuavaHashes {
    void hashes(byte[] data) {
        // ruleid: java-guava-hashing -> SHA-256 function=digest
        HashFunction sha = Hashing.sha256();
        // ruleid: java-guava-hashing -> MD5
        String md5 = Hashing.md5().hashBytes(data).toString();
        // ruleid: java-guava-hashing -> SHA-1
        HashFunction legacy = com.google.common.hash.Hashing.sha1();
        // ok: java-guava-hashing
        HashFunction murmur = Hashing.murmur3_128();
        // ok: java-guava-hashing
        HashFunction mac = Hashing.hmacSha256(key);
        // ok: java-guava-hashing
        String own = sha256(data);
    }
}
