import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;

class KeyFactories {
    static final String EC = "EC";

    PrivateKey load(byte[] der, String alg) throws Exception {
        // ruleid: java-jca-keyfactory -> RSA function=other
        KeyFactory factory = KeyFactory.getInstance("RSA");
        // ruleid: java-jca-keyfactory -> ECDSA
        KeyFactory ec = KeyFactory.getInstance(EC, "BC");
        // ruleid: java-jca-keyfactory -> Ed25519
        PublicKey ed = KeyFactory.getInstance("Ed25519").generatePublic(spec);
        // ruleid: java-jca-keyfactory -> unknown unresolved=algorithm
        KeyFactory any = KeyFactory.getInstance(alg);
        // ok: java-jca-keyfactory
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        // ok: java-jca-keyfactory
        Object o = MyKeyFactory.getInstance("RSA");
        return factory.generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
