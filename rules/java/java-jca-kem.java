import javax.crypto.KEM;

class Kems {
    void encapsulate() throws Exception {
        // ruleid: java-jca-kem -> ML-KEM function=encapsulate
        KEM kem = KEM.getInstance("ML-KEM");
        // ruleid: java-jca-kem -> ML-KEM-1024
        KEM big = javax.crypto.KEM.getInstance("ML-KEM-1024");
        // ok: java-jca-kem
        KEM.Encapsulator e = kem.newEncapsulator(publicKey);
    }
}
