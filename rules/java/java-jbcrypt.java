import org.mindrot.jbcrypt.BCrypt;

class JBCryptUse {
    boolean passwords(String password, String stored) {
        // ruleid: java-jbcrypt -> bcrypt function=keyderive
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(12));
        // ruleid: java-jbcrypt -> bcrypt
        boolean ok = org.springframework.security.crypto.bcrypt.BCrypt.checkpw(password, stored);
        // ok: java-jbcrypt
        String salt = BCrypt.gensalt();
        // ok: java-jbcrypt
        String other = Password.hashpw(password);
        return ok;
    }
}
