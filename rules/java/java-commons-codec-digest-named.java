import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

class CodecNamedDigests {
    void named(String alg, byte[] data) throws Exception {
        // ruleid: java-commons-codec-digest-named -> SHA-384 function=digest
        MessageDigest md = DigestUtils.getDigest("SHA-384");
        // ruleid: java-commons-codec-digest-named -> SHA-256
        DigestUtils utils = new DigestUtils(MessageDigestAlgorithms.SHA_256);
        // ruleid: java-commons-codec-digest-named -> SHA-512
        String hex = new DigestUtils("SHA-512").digestAsHex(data);
        // ruleid: java-commons-codec-digest-named -> SHA-256
        DigestUtils wrapped = new DigestUtils(MessageDigest.getInstance("SHA-256"));
        // ruleid: java-commons-codec-digest-named -> unknown unresolved=algorithm
        DigestUtils any = new DigestUtils(alg);
        // ok: java-commons-codec-digest-named
        String sha = DigestUtils.sha256Hex(data);
        // ok: java-commons-codec-digest-named
        Object other = new DigestUtilsTest();
    }
}
