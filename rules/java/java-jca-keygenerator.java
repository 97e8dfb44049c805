import javax.crypto.KeyGenerator;
import java.security.SecureRandom;

class SecretKeys {
    private static final int AES_BITS = 256;

    void generate(int bits) throws Exception {
        // ruleid: java-jca-keygenerator -> AES-256 function=keygen
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(AES_BITS);
        // ruleid: java-jca-keygenerator -> HMAC-SHA-256
        KeyGenerator hmac = KeyGenerator.getInstance("HmacSHA256");
        // ruleid: java-jca-keygenerator -> 3DES
        KeyGenerator des = KeyGenerator.getInstance("DESede", "SunJCE");
        // ruleid: java-jca-keygenerator -> AES
        KeyGenerator never = KeyGenerator.getInstance("AES");
        // ok: java-jca-keygenerator
        Object g = KeyGeneratorFactory.getInstance("AES");
    }
}
