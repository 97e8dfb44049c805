import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;

class BcIterations {
    void derive(byte[] pw, byte[] salt, int rounds) {
        // ruleid: java-bc-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=210000_iterations
        PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
        gen.init(pw, salt, 210000);
        // ruleid: java-bc-pbkdf2 -> PBKDF2-SHA-1
        PKCS5S2ParametersGenerator legacy = new PKCS5S2ParametersGenerator();
        // ruleid: java-bc-pbkdf2 -> PBKDF2-SHA-512 unresolved=iterations
        PKCS5S2ParametersGenerator dyn = new PKCS5S2ParametersGenerator(SHA512Digest.newInstance());
        dyn.init(pw, salt, rounds);
        // ruleid: java-bc-pbe -> PBKDF1 note=4096_iterations
        PKCS5S1ParametersGenerator v1 = new PKCS5S1ParametersGenerator(new SHA1Digest());
        v1.init(pw, salt, 4096);
        // ok: java-bc-pbkdf2
        PKCS12ParametersGenerator other = new PKCS12ParametersGenerator(new SHA256Digest());
    }
}
