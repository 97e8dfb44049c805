import org.bouncycastle.crypto.modes.GCMSIVBlockCipher;

class BcGcmSivDefault {
    void siv(BlockCipher given) {
        // ruleid: java-bc-gcm-siv-default -> AES-GCM-SIV function=encrypt
        GCMSIVBlockCipher siv = new GCMSIVBlockCipher();
        // ruleid: java-bc-gcm-siv-default -> AES-GCM-SIV
        AEADBlockCipher qualified = new org.bouncycastle.crypto.modes.GCMSIVBlockCipher();
        // ok: java-bc-gcm-siv-default
        AEADBlockCipher withEngine = new GCMSIVBlockCipher(given);
        // ok: java-bc-gcm-siv-default
        Object other = new MyGCMSIVBlockCipherFactory();
        // ok: java-bc-gcm-siv-default
        Object gcm = new GCMBlockCipher();
    }
}
