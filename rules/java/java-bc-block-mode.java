import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.*;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;

class Modes {
    void modes() {
        // ruleid: java-bc-block-mode -> AES-GCM function=encrypt
        AEADBlockCipher gcm = new GCMBlockCipher(new AESEngine());
        // ruleid: java-bc-block-mode -> AES-CBC
        BlockCipher cbc = CBCBlockCipher.newInstance(AESEngine.newInstance());
        BlockCipher engine = new DESedeEngine();
        // ruleid: java-bc-block-mode -> 3DES mode=cbc
        PaddedBufferedBlockCipher padded = new PaddedBufferedBlockCipher(new CBCBlockCipher(engine));
        // ruleid: java-bc-block-mode -> AES-CCM
        AEADBlockCipher ccm = new CCMBlockCipher(AESEngine.newInstance());
        // ruleid: java-bc-block-mode -> unknown unresolved=algorithm
        AEADBlockCipher any = new GCMBlockCipher(cipherFromConfig());
        // ok: java-bc-block-mode
        GCMSIVBlockCipher siv = new GCMSIVBlockCipher(new AESEngine(), new Tables4kGCMMultiplier());
        GOST3412_2015Engine gost = new GOST3412_2015Engine();
        // ruleid: java-bc-block-mode -> Kuznyechik mode=cfb
        G3413CFBBlockCipher gostCfb = new G3413CFBBlockCipher(gost, 128);
        // ruleid: java-bc-block-mode -> AES-CFB
        G3413CFBBlockCipher aesCfb = new G3413CFBBlockCipher(AESEngine.newInstance());
        // ruleid: java-bc-block-mode -> AES-CTR
        BlockCipher gofb = new GOFBBlockCipher(new AESEngine());
        // ruleid: java-bc-block-mode -> AES
        KCCMBlockCipher kccm = new KCCMBlockCipher(AESEngine.newInstance(), 1);
        // ruleid: java-bc-block-mode -> AES
        AEADBlockCipher kgcm = new KGCMBlockCipher(new AESEngine());
        // ok: java-bc-block-mode
        OCBBlockCipher ocb = new OCBBlockCipher(new AESEngine(), new AESEngine());
        // ok: java-bc-block-mode
        BlockCipher plain = new AESEngine();
    }
}
