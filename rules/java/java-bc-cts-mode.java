import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CTSBlockCipher;
import org.bouncycastle.crypto.modes.NISTCTSBlockCipher;

class BcCts {
    void cts(BlockCipher given) {
        BlockCipher cipher = AESEngine.newInstance();
        // ruleid: java-bc-cts-mode -> AES-CTS function=encrypt
        CTSBlockCipher cts = new CTSBlockCipher(cipher);
        // ruleid: java-bc-cts-mode -> AES-CTS
        BufferedBlockCipher nist = new NISTCTSBlockCipher(NISTCTSBlockCipher.CS3, new AESEngine());
        // ruleid: java-bc-cts-mode -> 3DES
        BufferedBlockCipher nist1 = new NISTCTSBlockCipher(1, new DESedeEngine());
        // ruleid: java-bc-cts-mode -> unknown unresolved=algorithm
        BufferedBlockCipher any = new CTSBlockCipher(given);
        // ok: java-bc-cts-mode
        BufferedBlockCipher padded = new PaddedBufferedBlockCipher(cipher);
        // ok: java-bc-cts-mode
        Object mode = new CTSModeConfig("CS3");
    }
}
