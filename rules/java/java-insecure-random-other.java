import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

class Nonces {
    long nonce() {
        // ruleid: java-insecure-random-other -> Non-cryptographic-PRNG function=generate
        long a = ThreadLocalRandom.current().nextLong();
        // ruleid: java-insecure-random-other -> Non-cryptographic-PRNG
        SplittableRandom s = new SplittableRandom();
        // ok: java-insecure-random-other
        SecureRandom r = new SecureRandom();
        return a ^ s.nextLong();
    }
}
