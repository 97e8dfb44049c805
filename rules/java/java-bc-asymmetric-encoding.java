import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;

class BcEncodings {
    void encodings() {
        // ruleid: java-bc-asymmetric-encoding -> RSA-OAEP function=encrypt
        AsymmetricBlockCipher oaep = new OAEPEncoding(new RSAEngine());
        // ruleid: java-bc-asymmetric-encoding -> RSA-OAEP-SHA-256
        AsymmetricBlockCipher oaep256 = new OAEPEncoding(new RSAEngine(), new SHA256Digest());
        // ruleid: java-bc-asymmetric-encoding -> RSA-PKCS1-1.5
        AsymmetricBlockCipher v15 = new PKCS1Encoding(new RSABlindedEngine());
        // ok: java-bc-asymmetric-encoding
        Encoding e = new Base64Encoding();
    }
}
