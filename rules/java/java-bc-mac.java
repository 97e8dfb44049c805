import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.macs.*;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.paddings.ISO7816d4Padding;

class BcCipherMacs {
    Mac cmac() {
        // ruleid: java-bc-mac -> AES-CMAC function=tag
        Mac mac = new CMac(new AESEngine(), 128);
        return mac;
    }

    Mac cmacFromLocal() {
        BlockCipher engine = AESEngine.newInstance();
        // ruleid: java-bc-mac -> AES-CMAC
        return new CMacWithIV(engine);
    }

    Mac gmac() {
        BlockCipher aes = AESEngine.newInstance();
        GCMModeCipher gcm = GCMBlockCipher.newInstance(aes);
        // ruleid: java-bc-mac -> AES-GMAC
        GMac gmac = new GMac(gcm, 128);
        // ruleid: java-bc-mac -> AES-GMAC
        Mac inline = new GMac(new GCMBlockCipher(new AESEngine()));
        return gmac;
    }

    Mac cbcMac(byte[] key) {
        BlockCipher cipher = new DESEngine();
        // ruleid: java-bc-mac -> DES-CBC-MAC function=tag
        CBCBlockCipherMac mac = new CBCBlockCipherMac(cipher, 64, new ISO7816d4Padding());
        // ruleid: java-bc-mac -> AES-CBC-MAC
        Mac old = new BlockCipherMac(AESEngine.newInstance(), 128);
        // ruleid: java-bc-mac -> AES
        Mac cfb = new CFBBlockCipherMac(
                new AESEngine(),
                64);
        return mac;
    }

    Mac retail() {
        BlockCipher des = new DESEngine();
        // ruleid: java-bc-mac -> ISO9797-1-MAC3
        return new ISO9797Alg3Mac(des, 64);
    }

    Mac fromParameter(BlockCipher given) {
        // ruleid: java-bc-mac -> unknown unresolved=algorithm
        return new CMac(given);
    }

    void lookalikes() {
        // ok: java-bc-mac
        Mac hmac = new HMac(new SHA256Digest());
        // ok: java-bc-mac
        Object cmac = new com.example.audit.CMacReport();
        // ok: java-bc-mac
        String name = "new CMac(new AESEngine())";
    }
}
