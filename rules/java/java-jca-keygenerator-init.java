import javax.crypto.KeyGenerator;
import java.security.SecureRandom;

class SecretKeySizes {
    void generate(int bits) throws Exception {
        // ruleid: java-jca-keygenerator -> AES-128
        KeyGenerator small = KeyGenerator.getInstance("AES");
        small.init(128, new SecureRandom());
        // ruleid: java-jca-keygenerator -> AES unresolved=size
        KeyGenerator dynamic = KeyGenerator.getInstance("AES");
        dynamic.init(bits);
        KeyGenerator late;
        // ruleid: java-jca-keygenerator -> AES-192
        late = KeyGenerator.getInstance("AES");
        late.init(192);
        // ruleid: java-jca-keygenerator -> AES
        KeyGenerator other = KeyGenerator.getInstance("AES");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-jca-keygenerator-init
        cipher.init(Cipher.ENCRYPT_MODE, key);
    }
}
