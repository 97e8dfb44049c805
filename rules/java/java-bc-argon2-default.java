import org.bouncycastle.crypto.params.Argon2Parameters;

class BcArgon2Default {
    void derive(byte[] salt) {
        // ruleid: java-bc-argon2-default -> Argon2i function=keyderive
        Argon2Parameters params = new Argon2Parameters.Builder().withSalt(salt).build();
        // ok: java-bc-argon2-default
        Argon2Parameters.Builder id = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id);
        // ok: java-bc-argon2-default
        Object other = new Argon2Config.Builder();
    }
}
