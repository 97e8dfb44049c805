import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.MD5Digest;

class BcDigests {
    void digests() {
        // ruleid: java-bc-digest -> SHA-256 function=digest
        Digest sha = new SHA256Digest();
        // ruleid: java-bc-digest -> MD5
        Digest md5 = new MD5Digest();
        // ruleid: java-bc-digest -> SHA-1
        Digest sha1 = SHA1Digest.newInstance();
        // ruleid: java-bc-digest -> BLAKE2b-512
        Digest b2 = new Blake2bDigest();
        // ruleid: java-bc-digest -> RIPEMD-160
        Digest rmd = new org.bouncycastle.crypto.digests.RIPEMD160Digest();
        // ok: java-bc-digest
        Object d = new MessageDigestHolder();
    }
}
