import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

class Digests {
    static final String LEGACY = "MD5";
    private final String configured;

    byte[] hash(byte[] data, String name) throws Exception {
        // ruleid: java-jca-messagedigest -> SHA-256 function=digest
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        // ruleid: java-jca-messagedigest -> MD5
        MessageDigest md5 = MessageDigest.getInstance(LEGACY);
        // ruleid: java-jca-messagedigest -> SHA-1
        byte[] out = java.security.MessageDigest.getInstance("SHA1").digest(data);
        // ruleid: java-jca-messagedigest -> SHA3-512
        MessageDigest sha3 = MessageDigest.getInstance("SHA3-512", "BC");
        // ruleid: java-jca-messagedigest -> unknown unresolved=algorithm
        MessageDigest any = MessageDigest.getInstance(name);
        // ok: java-jca-messagedigest
        String hex = DigestUtils.getInstance("MD5");
        return out;
    }
}
