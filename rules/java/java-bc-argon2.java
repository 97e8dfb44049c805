import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

class BcArgon2 {
    static final int TYPE = Argon2Parameters.ARGON2_d;

    byte[] derive(char[] password, byte[] salt, int type) {
        // ruleid: java-bc-argon2 -> Argon2id function=keyderive
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withSalt(salt)
                .withIterations(3)
                .withMemoryAsKB(65536)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        // ruleid: java-bc-argon2 -> Argon2d
        Argon2Parameters.Builder d = new Argon2Parameters.Builder(TYPE);
        // ruleid: java-bc-argon2 -> Argon2i
        Argon2Parameters.Builder i = new org.bouncycastle.crypto.params.Argon2Parameters.Builder(Argon2Parameters.ARGON2_i);
        // ruleid: java-bc-argon2 -> unknown unresolved=algorithm
        Argon2Parameters.Builder any = new Argon2Parameters.Builder(type);
        // ok: java-bc-argon2
        Argon2Parameters.Builder dflt = new Argon2Parameters.Builder();
        // ok: java-bc-argon2
        Object other = new Argon2Config.Builder(2);
        return null;
    }
}
