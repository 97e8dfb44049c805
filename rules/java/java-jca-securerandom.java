import java.security.DrbgParameters;
import java.security.SecureRandom;

class NamedRandoms {
    static final String LEGACY = "SHA1PRNG";

    void randoms(String configured) throws Exception {
        // ruleid: java-jca-securerandom -> DRBG function=generate
        SecureRandom drbg = SecureRandom.getInstance("DRBG");
        // ruleid: java-jca-securerandom -> SHA1PRNG
        SecureRandom sha1 = SecureRandom.getInstance(LEGACY, "SUN");
        // ruleid: java-jca-securerandom -> CSPRNG
        SecureRandom nativeRng = SecureRandom.getInstance("NativePRNGNonBlocking");
        // ruleid: java-jca-securerandom -> DRBG
        SecureRandom configuredDrbg = SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.PR_AND_RESEED, null));
        // ruleid: java-jca-securerandom -> unknown unresolved=algorithm
        SecureRandom any = SecureRandom.getInstance(configured);
        // ok: java-jca-securerandom
        SecureRandom dflt = new SecureRandom();
        // ok: java-jca-securerandom
        Random weak = Random.getInstance("LCG");
    }
}
