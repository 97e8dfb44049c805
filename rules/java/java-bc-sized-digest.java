import org.bouncycastle.crypto.digests.DSTU7564Digest;
import org.bouncycastle.crypto.digests.KeccakDigest;

class BcSizedDigests {
    static final int BITS = 512;

    void digests(int bits) {
        // ruleid: java-bc-sized-digest -> Keccak-256 function=digest
        Digest keccak = new KeccakDigest(256);
        // ruleid: java-bc-sized-digest -> Keccak
        KeccakDigest legacy = new KeccakDigest();
        // ruleid: java-bc-sized-digest -> Kupyna-512
        Digest kupyna = new DSTU7564Digest(BITS);
        // ruleid: java-bc-sized-digest -> Kupyna unresolved=size
        Digest any = new DSTU7564Digest(bits);
        // ok: java-bc-sized-digest
        Digest sha3 = new SHA3Digest(256);
        // ok: java-bc-sized-digest
        Object k = new KeccakHasher(256);
    }
}
