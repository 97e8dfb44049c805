import javax.crypto.Cipher;

class Ciphers {
    private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";
    static final String ALG = "DESede";

    void run(String fromConfig) throws Exception {
        // ruleid: java-jca-cipher -> AES-GCM function=encrypt
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java-jca-cipher -> AES-ECB note=no_mode_given
        Cipher ecb = Cipher.getInstance("AES");
        // ruleid: java-jca-cipher -> AES-CBC
        Cipher cbc = Cipher.getInstance(TRANSFORMATION);
        // ruleid: java-jca-cipher -> 3DES mode=ecb
        Cipher des = Cipher.getInstance(ALG, "BC");
        // ruleid: java-jca-cipher -> AES-256-GCM
        Cipher sized = javax.crypto.Cipher.getInstance("AES_256/GCM/NoPadding");
        // ruleid: java-jca-cipher -> RSA-OAEP-SHA-256
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        // ruleid: java-jca-cipher -> RSA-PKCS1-1.5
        Cipher pkcs1 = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        // ruleid: java-jca-cipher -> RC4
        Cipher rc4 = Cipher.getInstance("RC4");
        // ruleid: java-jca-cipher -> ChaCha20-Poly1305
        Cipher chacha = Cipher.getInstance("ChaCha20-Poly1305");
        // ruleid: java-jca-cipher -> DES-56-CBC
        Cipher des1 = Cipher.getInstance("DES/" + "CBC" + "/PKCS5Padding");
        // ruleid: java-jca-cipher -> unknown unresolved=algorithm
        Cipher unknown = Cipher.getInstance(fromConfig);
        // ok: java-jca-cipher
        Signature notACipher = Signature.getInstance("SHA256withRSA");
    }
}

class Scoped {
    byte[] encrypt(byte[] data) throws Exception {
        String transformation = "AES/CBC/PKCS5Padding";
        // ruleid: java-jca-cipher -> AES-CBC
        Cipher c = Cipher.getInstance(transformation);
        return c.doFinal(data);
    }

    byte[] decrypt(byte[] data) throws Exception {
        String transformation = "DESede/CBC/PKCS5Padding";
        // ruleid: java-jca-cipher -> 3DES mode=cbc
        Cipher c = Cipher.getInstance(transformation);
        return c.doFinal(data);
    }

    byte[] other(String transformation) throws Exception {
        // ruleid: java-jca-cipher -> unknown unresolved=algorithm
        Cipher c = Cipher.getInstance(transformation);
        return c.doFinal(new byte[0]);
    }
}

class Wrapped {
    void run() throws Exception {
        // ruleid: java-jca-cipher -> Blowfish note=reaches_Cipher.getInstance_on_line_67
        encrypt("Blowfish", new byte[0]);
        decrypt(configuredAlgorithm(), new byte[0]);
        decrypt("AES/GCM/NoPadding", new byte[0]);
    }

    byte[] encrypt(String algorithm, byte[] data) throws Exception {
        // ruleid: java-jca-cipher -> Blowfish mode=ecb
        Cipher c = Cipher.getInstance(algorithm);
        return c.doFinal(data);
    }

    byte[] decrypt(String algorithm, byte[] data) throws Exception {
        // ruleid: java-jca-cipher -> unknown unresolved=algorithm
        Cipher c = Cipher.getInstance(algorithm);
        return c.doFinal(data);
    }
}

class ByOid {
    void oid() throws Exception {
        // ruleid: java-jca-cipher -> AES-256-CBC
        Cipher byOid = Cipher.getInstance("2.16.840.1.101.3.4.1.42");
    }
}
