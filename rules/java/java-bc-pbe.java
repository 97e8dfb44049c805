import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S1ParametersGenerator;

class BcPbe {
    void pbe(byte[] pw, byte[] salt) {
        SHA256Digest sha256Digest = new SHA256Digest();
        // ruleid: java-bc-pbe -> PBKDF1 function=keyderive note=1000_iterations
        PKCS5S1ParametersGenerator generator = new PKCS5S1ParametersGenerator(sha256Digest);
        generator.init(pw, salt, 1000);
        // ruleid: java-bc-pbe -> PBKDF1
        PBEParametersGenerator md5 = new PKCS5S1ParametersGenerator(new MD5Digest());
        // ruleid: java-bc-pbe -> EVP_BytesToKey
        OpenSSLPBEParametersGenerator openssl = new OpenSSLPBEParametersGenerator();
        openssl.init(pw, salt);
        // ruleid: java-bc-pbe -> EVP_BytesToKey
        PBEParametersGenerator openssl256 = new OpenSSLPBEParametersGenerator(sha256Digest);
        // ruleid: java-bc-pbe -> PKCS12-KDF note=2048_iterations
        PKCS12ParametersGenerator p12 = new PKCS12ParametersGenerator(new SHA1Digest());
        p12.init(pw, salt, 2048);
        // ok: java-bc-pbe
        PBEParametersGenerator v2 = new PKCS5S2ParametersGenerator(new SHA256Digest());
        // ok: java-bc-pbe
        Object o = new PKCS5S1Settings();
    }
}
