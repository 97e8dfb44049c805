import org.bouncycastle.crypto.generators.BCrypt;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;

class BcPasswordHashes {
    byte[] hash(byte[] pw, byte[] salt, char[] password, String stored) {
        // ruleid: java-bc-password-hash -> scrypt function=keyderive
        byte[] key = SCrypt.generate(pw, salt, 1 << 15, 8, 1, 32);
        // ruleid: java-bc-password-hash -> bcrypt
        byte[] raw = BCrypt.generate(pw, salt, 12);
        // ruleid: java-bc-password-hash -> bcrypt
        String encoded = OpenBSDBCrypt.generate(password, salt, 12);
        // ruleid: java-bc-password-hash -> bcrypt
        boolean ok = org.bouncycastle.crypto.generators.OpenBSDBCrypt.checkPassword(stored, password);
        // ok: java-bc-password-hash
        byte[] other = KeyDerivation.generate(pw, salt);
        // ok: java-bc-password-hash
        String s = SCryptUtil.check(stored, "pw");
        return key;
    }
}
