import org.apache.commons.codec.digest.DigestUtils;

class CodecDigests {
    String hashes(byte[] data, String text) {
        // ruleid: java-commons-codec-digest -> SHA-256 function=digest
        String hex = DigestUtils.sha256Hex(text);
        // ruleid: java-commons-codec-digest -> MD5
        byte[] md5 = DigestUtils.md5(data);
        // ruleid: java-commons-codec-digest -> SHA-1
        MessageDigest sha1 = org.apache.commons.codec.digest.DigestUtils.getSha1Digest();
        // ruleid: java-commons-codec-digest -> SHA3-512
        String sha3 = DigestUtils.sha3_512Hex(data);
        // ruleid: java-commons-codec-digest -> MD5
        String spring = org.springframework.util.DigestUtils.md5DigestAsHex(data);
        // ok: java-commons-codec-digest
        String b64 = Base64.encodeBase64String(data);
        // ok: java-commons-codec-digest
        String mine = HashUtils.sha256Hex(text);
        // ok: java-commons-codec-digest
        MessageDigest named = DigestUtils.getDigest("SHA-384");
        return hex;
    }
}
