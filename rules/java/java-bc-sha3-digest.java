import org.bouncycastle.crypto.digests.SHA3Digest;

class Sha3 {
    static final int BITS = 512;

    void digests(int bits) {
        // ruleid: java-bc-sha3-digest -> SHA3-256 function=digest
        Digest a = new SHA3Digest();
        // ruleid: java-bc-sha3-digest -> SHA3-384
        Digest b = new SHA3Digest(384);
        // ruleid: java-bc-sha3-digest -> SHA3-512
        Digest c = new SHA3Digest(BITS);
        // ruleid: java-bc-sha3-digest -> SHA3 unresolved=size
        Digest d = new SHA3Digest(bits);
        // ok: java-bc-sha3-digest
        Digest e = new SHA256Digest();
    }
}
