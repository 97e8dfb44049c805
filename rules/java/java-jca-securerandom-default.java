import java.security.SecureRandom;

class DefaultRandoms {
    int randoms(byte[] seed) throws Exception {
        // ruleid: java-jca-securerandom-default -> CSPRNG function=generate
        SecureRandom random = new SecureRandom();
        // ruleid: java-jca-securerandom-default -> CSPRNG
        SecureRandom seeded = new SecureRandom(seed);
        // ruleid: java-jca-securerandom-default -> CSPRNG
        SecureRandom strong = SecureRandom.getInstanceStrong();
        byte[] iv = new byte[12];
        // ruleid: java-jca-securerandom-default -> CSPRNG
        new java.security.SecureRandom().nextBytes(iv);
        // ok: java-jca-securerandom-default
        SecureRandom named = SecureRandom.getInstance("DRBG");
        // ok: java-jca-securerandom-default
        java.util.Random weak = new java.util.Random();
        // ok: java-jca-securerandom-default
        Object fixed = new FixedSecureRandom(seed);
        return random.nextInt();
    }
}
