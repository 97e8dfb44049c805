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
        // ruleid: java-bc-engine -> Kuznyechik
        GOST3412_2015Engine kuznyechik = new GOST3412_2015Engine();
        // ruleid: java-bc-engine -> SM2-ENC
        SM2Engine sm2 = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
        // ruleid: java-bc-engine -> RC5
        BlockCipher rc564 = new RC564Engine();
        // ruleid: java-bc-engine -> Kalyna
        DSTU7624Engine kalyna = new DSTU7624Engine(256);
        // ruleid: java-bc-engine -> ZUC-256
        StreamCipher zuc = new Zuc256Engine();
        // ruleid: java-bc-engine -> RC6
        BlockCipher rc6 = new RC6Engine();
        // ok: java-bc-engine
        Object e = new SearchEngine();
        // ok: java-bc-engine
        Object f = new TemplateEngine();
    }
}
