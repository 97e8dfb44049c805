import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.digests.SHA256Digest;

class BcMacs {
    void macs(Digest given) {
        // ruleid: java-bc-hmac -> HMAC-SHA-256 function=tag
        Mac mac = new HMac(new SHA256Digest());
        Digest sha1 = new SHA1Digest();
        // ruleid: java-bc-hmac -> HMAC-SHA-1
        HMac legacy = new HMac(sha1);
        // ruleid: java-bc-hmac -> HMAC-SHA-512
        HMac big = new HMac(SHA512Digest.newInstance());
        // ruleid: java-bc-hmac -> HMAC
        HMac unknownHash = new HMac(given);
        // ruleid: java-bc-hmac -> HMAC-SHA-384
        Mac legacyBlock = new OldHMac(new SHA384Digest());
        // ok: java-bc-hmac
        Object helper = new HMacHelper(new SHA256Digest());
        // ok: java-bc-hmac
        Mac cmac = new CMac(new AESEngine());
    }
}
