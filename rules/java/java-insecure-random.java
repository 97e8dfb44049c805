import java.util.Random;
import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

class Tokens {
    String token() {
        // ruleid: java-insecure-random -> LCG-48 function=generate note=non-cryptographic
        Random random = new Random();
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        // ruleid: java-insecure-random -> LCG-48
        Random seeded = new java.util.Random(42L);
        // ruleid: java-insecure-random -> LCG-48
        double d = Math.random();
        // ok: java-insecure-random
        int n = ThreadLocalRandom.current().nextInt();
        // ok: java-insecure-random
        SecureRandom secure = new SecureRandom();
        // ok: java-insecure-random
        SecureRandom strong = SecureRandom.getInstanceStrong();
        return Long.toString(seeded.nextLong());
    }
}
