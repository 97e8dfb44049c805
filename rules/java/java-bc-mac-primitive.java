import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.digests.Blake3Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.GOST28147Mac;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.macs.SipHash128;
import org.bouncycastle.crypto.macs.Blake3Mac;

class BcPrimitiveMacs {
    void macs(byte[] key) {
        // ruleid: java-bc-mac-primitive -> Poly1305 function=tag
        Mac poly = new Poly1305();
        BlockCipher aes = AESEngine.newInstance();
        // ruleid: java-bc-mac-primitive -> Poly1305
        Poly1305 polyAes = new Poly1305(aes);
        // ruleid: java-bc-mac-primitive -> SipHash
        SipHash sip = new SipHash(2, 4);
        // ruleid: java-bc-mac-primitive -> SipHash
        Mac sip128 = new org.bouncycastle.crypto.macs.SipHash128();
        // ruleid: java-bc-mac-primitive -> GOST-28147-89-MAC
        GOST28147Mac gost = new GOST28147Mac();
        Blake3Digest digest = new Blake3Digest();
        // ruleid: java-bc-mac-primitive -> BLAKE3
        Mac blake = new Blake3Mac(digest);
    }

    void more(int bits) {
        // ruleid: java-bc-mac-primitive -> Skein-MAC
        Mac skein = new SkeinMac(SkeinMac.SKEIN_512, 256);
        // ruleid: java-bc-mac-primitive -> VMPC-MAC
        Mac vmpc = new VMPCMac();
        // ruleid: java-bc-mac-primitive -> ZUC-256-MAC
        Zuc256Mac zuc = new Zuc256Mac(bits);
        // ruleid: java-bc-mac-primitive -> ZUC-128-MAC
        Mac eia3 = new Zuc128Mac();
        // ruleid: java-bc-mac-primitive -> Kupyna-MAC
        DSTU7564Mac kupyna = new DSTU7564Mac(256);
        // ruleid: java-bc-mac-primitive -> Kalyna-CMAC
        Mac kalyna = new DSTU7624Mac(128, 128);
    }

    void lookalikes() {
        // ok: java-bc-mac-primitive
        Object hasher = new com.google.common.hash.SipHashFunction(2, 4);
        // ok: java-bc-mac-primitive
        Mac cmac = new CMac(new AESEngine());
        // ok: java-bc-mac-primitive
        long h = SipHasher.hash(key, data);
    }
}
