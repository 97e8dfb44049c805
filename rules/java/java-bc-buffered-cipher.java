import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DefaultBufferedBlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.BlowfishEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;

class BcBuffered {
    void padded() {
        CBCBlockCipher cbc = CBCBlockCipher.newInstance(AESEngine.newInstance());
        // ruleid: java-bc-buffered-cipher -> AES-CBC function=encrypt
        PaddedBufferedBlockCipher p = new PaddedBufferedBlockCipher(cbc, new PKCS7Padding());
        // ruleid: java-bc-buffered-cipher -> AES-CBC
        BufferedBlockCipher inline = new PaddedBufferedBlockCipher(new CBCBlockCipher(new AESEngine()));
        // ruleid: java-bc-buffered-cipher -> Blowfish
        BufferedBlockCipher raw = new PaddedBufferedBlockCipher(new BlowfishEngine());
    }

    void buffered(BlockCipher given) {
        BlockCipher cipher = AESEngine.newInstance();
        // ruleid: java-bc-buffered-cipher -> AES
        DefaultBufferedBlockCipher d = new DefaultBufferedBlockCipher(cipher);
        // ruleid: java-bc-buffered-cipher -> AES-CTR
        BufferedBlockCipher ctr = new BufferedBlockCipher(SICBlockCipher.newInstance(AESEngine.newInstance()));
        // ruleid: java-bc-buffered-cipher -> unknown unresolved=algorithm
        BufferedBlockCipher any = new DefaultBufferedBlockCipher(given);
        // ok: java-bc-buffered-cipher
        BufferedReader reader = new BufferedReader(new InputStreamReader(in));
        // ok: java-bc-buffered-cipher
        BufferedAsymmetricBlockCipher rsa = new BufferedAsymmetricBlockCipher(new RSAEngine());
    }
}
