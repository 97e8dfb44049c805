import org.bouncycastle.crypto.digests.SHAKEDigest;

class BcShake {
    void xof(int bits) {
        // ruleid: java-bc-shake-digest -> SHAKE256 function=digest
        Xof shake = new SHAKEDigest(256);
        // ruleid: java-bc-shake-digest -> SHAKE128
        SHAKEDigest dflt = new SHAKEDigest();
        // ruleid: java-bc-shake-digest -> SHAKE unresolved=size
        Xof any = new SHAKEDigest(bits);
        // ok: java-bc-shake-digest
        Digest sha3 = new SHA3Digest(256);
        // ok: java-bc-shake-digest
        Xof c = new ShakeFactory(128);
    }
}
