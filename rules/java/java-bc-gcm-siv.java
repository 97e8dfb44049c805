import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RijndaelEngine;
import org.bouncycastle.crypto.modes.GCMSIVBlockCipher;
import org.bouncycastle.crypto.modes.gcm.Tables8kGCMMultiplier;

class BcGcmSiv {
    void siv(BlockCipher given) {
        // ok: java-bc-gcm-siv
        GCMSIVBlockCipher siv = new GCMSIVBlockCipher();
        BlockCipher aesEngine = new RijndaelEngine();
        // ruleid: java-bc-gcm-siv -> AES-GCM-SIV function=encrypt
        GCMSIVBlockCipher rijndael = new GCMSIVBlockCipher(aesEngine);
        // ruleid: java-bc-gcm-siv -> AES-GCM-SIV
        AEADBlockCipher tables = new GCMSIVBlockCipher(AESEngine.newInstance(), new Tables8kGCMMultiplier());
        // ruleid: java-bc-gcm-siv -> unknown unresolved=algorithm
        AEADBlockCipher withEngine = new GCMSIVBlockCipher(given);
        // ok: java-bc-gcm-siv
        AEADBlockCipher gcm = new GCMBlockCipher(new AESEngine());
        // ok: java-bc-gcm-siv
        Object other = new MyGCMSIVBlockCipherFactory();
    }
}
