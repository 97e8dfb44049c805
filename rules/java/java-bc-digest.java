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
        // ruleid: java-bc-digest -> Streebog-256
        Digest streebog = new GOST3411_2012_256Digest();
        // ruleid: java-bc-digest -> GOST-R-34.11-94
        Digest gost94 = new GOST3411Digest();
        // ruleid: java-bc-digest -> Ascon-Hash256
        Digest ascon = new AsconHash256();
        // ruleid: java-bc-digest -> Tiger
        Digest tiger = new TigerDigest();
        // ok: java-bc-digest
        Object d = new MessageDigestHolder();
    }
}
