import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

class PasswordIterations {
    private static final int ITERATIONS = 600000;

    void derive(char[] password, byte[] salt, int rounds) throws Exception {
        // ruleid: java-jca-secretkeyfactory -> PBKDF2-SHA-256 function=keyderive note=600000_iterations
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        byte[] key = f.generateSecret(spec).getEncoded();
        // ruleid: java-jca-secretkeyfactory -> PBKDF2-SHA-1 note=1000_iterations
        SecretKeyFactory legacy = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1");
        legacy.generateSecret(new PBEKeySpec(password, salt, 1000, 128));
        // ruleid: java-jca-secretkeyfactory -> PBES1-DES-CBC-MD5
        SecretKeyFactory pbe = SecretKeyFactory.getInstance("PBEWithMD5AndDES");
        // ruleid: java-jca-secretkeyfactory -> PBKDF2-SHA-512 unresolved=iterations
        SecretKeyFactory dyn = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        dyn.generateSecret(new PBEKeySpec(password, salt, rounds, 512));
        // ruleid: java-jca-secretkeyfactory -> 3DES
        SecretKeyFactory des = SecretKeyFactory.getInstance("DESede");
        // ok: java-jca-secretkeyfactory
        Object other = KeyFactoryHolder.getInstance("PBKDF2WithHmacSHA256");
    }
}
