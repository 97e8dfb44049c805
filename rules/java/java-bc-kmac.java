import org.bouncycastle.crypto.macs.KMAC;

class BcKmac {
    static final int STRENGTH = 128;

    void kmac(byte[] custom, int bits) {
        // ruleid: java-bc-kmac -> KMAC256 function=tag
        KMAC kmac = new KMAC(256, custom);
        // ruleid: java-bc-kmac -> KMAC128
        KMAC weak = new KMAC(STRENGTH, null);
        // ruleid: java-bc-kmac -> unknown unresolved=algorithm
        KMAC any = new KMAC(bits, custom);
        // ok: java-bc-kmac
        Mac hmac = new HMac(new SHA3Digest(256));
        // ok: java-bc-kmac
        Object k = new KMACConfig(256);
    }
}
