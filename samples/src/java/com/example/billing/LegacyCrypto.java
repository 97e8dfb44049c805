package com.example.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Crypto used by the 2011 batch interface; the mainframe side only speaks DES. */
public final class LegacyCrypto {
    private static final byte[] BATCH_KEY = "b@tch-01".getBytes(StandardCharsets.US_ASCII);

    private LegacyCrypto() {}

    public static byte[] encryptBatch(byte[] record) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(BATCH_KEY, "DES"));
        return cipher.doFinal(record);
    }

    public static KeyPair newSigningKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair();
    }
}
