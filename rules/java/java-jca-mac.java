import javax.crypto.Mac;

class Macs {
    void tag(byte[] key) throws Exception {
        // ruleid: java-jca-mac -> HMAC-SHA-256 function=tag
        Mac hmac = Mac.getInstance("HmacSHA256");
        // ruleid: java-jca-mac -> HMAC-MD5
        Mac weak = Mac.getInstance("HmacMD5");
        String alg = "AESCMAC";
        // ruleid: java-jca-mac -> AES-CMAC
        Mac cmac = Mac.getInstance(alg);
        // ok: java-jca-mac
        Object notMac = MacAddress.getInstance("HmacSHA1");
    }
}
