import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

class CodecMacs {
    void macs(byte[] key, String data, String alg) {
        // ruleid: java-commons-codec-hmac -> HMAC-SHA-256 function=tag
        String hex = HmacUtils.hmacSha256Hex(key, data);
        // ruleid: java-commons-codec-hmac -> HMAC-SHA-1
        Mac mac = HmacUtils.getHmacSha1(key);
        // ruleid: java-commons-codec-hmac -> HMAC-SHA-512
        HmacUtils utils = new HmacUtils(HmacAlgorithms.HMAC_SHA_512, key);
        // ruleid: java-commons-codec-hmac -> HMAC-SHA-256
        String named = new HmacUtils("HmacSHA256", key).hmacHex(data);
        // ruleid: java-commons-codec-hmac -> HMAC-MD5
        Mac init = HmacUtils.getInitializedMac(HmacAlgorithms.HMAC_MD5, key);
        // ruleid: java-commons-codec-hmac -> unknown unresolved=algorithm
        HmacUtils any = new HmacUtils(alg, key);
        // ok: java-commons-codec-hmac
        String sha = DigestUtils.sha256Hex(data);
        // ok: java-commons-codec-hmac
        String own = MyHmacUtils.hmacSha256Hex(key, data);
    }
}
