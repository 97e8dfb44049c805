import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import com.example.security.Sha256PasswordEncoder;

class SpringEncoders {
    PasswordEncoder encoders() {
        // ruleid: java-spring-password-encoder -> bcrypt function=keyderive
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
        // ruleid: java-spring-password-encoder -> Argon2id
        PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        // ruleid: java-spring-password-encoder -> scrypt
        PasswordEncoder scrypt = new SCryptPasswordEncoder(16384, 8, 1, 32, 64);
        // ruleid: java-spring-password-encoder -> PBKDF2-SHA-256
        PasswordEncoder pbkdf2 = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        // ruleid: java-spring-password-encoder -> PBKDF2
        PasswordEncoder legacy = new Pbkdf2PasswordEncoder("pepper", 16, 310000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        // ok: java-spring-password-encoder
        PasswordEncoder own = new Sha256PasswordEncoder();
        // ok: java-spring-password-encoder
        PasswordEncoder custom = new com.example.Argon2PasswordEncoder();
        return bcrypt;
    }
}
