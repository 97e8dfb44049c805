import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;

class Engines {
    void engines() {
        // ruleid: java-bc-engine -> AES function=encrypt
        BlockCipher aes = new AESEngine();
        // ruleid: java-bc-engine -> AES
        BlockCipher aes2 = AESEngine.newInstance();
        // ruleid: java-bc-engine -> 3DES
        BlockCipher tdes = new DESedeEngine();
        // ruleid: java-bc-engine -> RSA
        AsymmetricBlockCipher rsa = new org.bouncycastle.crypto.engines.RSABlindedEngine();
        // ruleid: java-bc-engine -> ChaCha20
        StreamCipher chacha = new ChaCha7539Engine();
        // ruleid: java-bc-engine -> RC4
        StreamCipher rc4 = new RC4Engine();
        // ruleid: java-bc-engine -> AES
        AEADBlockCipher gcm = new GCMBlockCipher(new AESFastEngine());
        // ok: java-bc-engine
        Object e = new SearchEngine();
        // ok: java-bc-engine
        Object f = new TemplateEngine();
    }
}
