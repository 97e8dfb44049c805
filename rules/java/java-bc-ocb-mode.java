import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.modes.OCBBlockCipher;

class BcOcb {
    void ocb(BlockCipher hash, BlockCipher main) {
        // ruleid: java-bc-ocb-mode -> AES-OCB function=encrypt
        OCBBlockCipher ocb = new OCBBlockCipher(new AESEngine(), new AESEngine());
        BlockCipher hashCipher = AESEngine.newInstance();
        BlockCipher mainCipher = new CamelliaEngine();
        // ruleid: java-bc-ocb-mode -> CAMELLIA
        AEADBlockCipher camellia = new OCBBlockCipher(hashCipher, mainCipher);
        // ruleid: java-bc-ocb-mode -> unknown unresolved=algorithm
        AEADBlockCipher fromHash = new OCBBlockCipher(AESEngine.newInstance(), main);
        // ok: java-bc-ocb-mode
        AEADBlockCipher gcm = new GCMBlockCipher(new AESEngine());
        // ok: java-bc-ocb-mode
        Object spec = new OCBParameterSpec(nonce);
    }
}
