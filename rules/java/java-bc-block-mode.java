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
        BlockCipher plain = new AESEngine();
    }
}
