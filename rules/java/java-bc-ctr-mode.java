import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.SICBlockCipher;

class Counters {
    void ctr() {
        // ruleid: java-bc-ctr-mode -> AES-CTR function=encrypt
        BlockCipher ctr = new SICBlockCipher(new AESEngine());
        // ruleid: java-bc-ctr-mode -> AES-CTR
        BlockCipher ctr2 = SICBlockCipher.newInstance(AESEngine.newInstance());
        // ok: java-bc-ctr-mode
        BlockCipher cbc = new CBCBlockCipher(new AESEngine());
    }
}
