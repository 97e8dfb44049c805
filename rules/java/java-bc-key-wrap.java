import org.bouncycastle.crypto.Wrapper;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.AESFastEngine;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.engines.AESWrapPadEngine;
import org.bouncycastle.crypto.engines.DESedeWrapEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.engines.RFC5649WrapEngine;

class BcKeyWrap {
    void wrap(BlockCipher given) {
        // ruleid: java-bc-key-wrap -> AES-KW function=encrypt
        Wrapper kw = new AESWrapEngine();
        // ruleid: java-bc-key-wrap -> AES-KWP
        Wrapper kwp = new AESWrapPadEngine();
        AESFastEngine aesEngine = new AESFastEngine();
        // ruleid: java-bc-key-wrap -> AES-KW
        RFC3394WrapEngine rfc3394 = new RFC3394WrapEngine(aesEngine, false);
        // ruleid: java-bc-key-wrap -> AES-KWP
        Wrapper rfc5649 = new RFC5649WrapEngine(AESEngine.newInstance());
        // ruleid: java-bc-key-wrap -> 3DES-168-KW
        Wrapper tdes = new DESedeWrapEngine();
        // ruleid: java-bc-key-wrap -> Kalyna-KW
        Wrapper kalyna = new DSTU7624WrapEngine(256);
        // ruleid: java-bc-key-wrap -> unknown unresolved=algorithm
        Wrapper any = new RFC3394WrapEngine(given);
        // ok: java-bc-key-wrap
        Object w = new KeyWrapper(aesEngine);
        // ok: java-bc-key-wrap
        Cipher jca = Cipher.getInstance("AESWrap");
    }
}
