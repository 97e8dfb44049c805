import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.BufferedAsymmetricBlockCipher;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.ISO9796d1Encoding;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.ElGamalEngine;
import org.bouncycastle.crypto.engines.RSAEngine;

class BcEncodings {
    void encodings(AsymmetricBlockCipher given) {
        // ruleid: java-bc-asymmetric-encoding -> RSA-OAEP function=encrypt
        AsymmetricBlockCipher oaep = new OAEPEncoding(new RSAEngine());
        // ruleid: java-bc-asymmetric-encoding -> RSA-OAEP-SHA-256
        AsymmetricBlockCipher oaep256 = new OAEPEncoding(new RSAEngine(), new SHA256Digest());
        // ruleid: java-bc-asymmetric-encoding -> RSA-PKCS1-1.5
        AsymmetricBlockCipher v15 = new PKCS1Encoding(new RSABlindedEngine());
        // ruleid: java-bc-asymmetric-encoding -> RSA-PKCS1-1.5
        AsymmetricBlockCipher anyEngine = new PKCS1Encoding(given);
        // ruleid: java-bc-asymmetric-encoding -> ElGamal
        AsymmetricBlockCipher elgamal = new PKCS1Encoding(new ElGamalEngine());
        AsymmetricBlockCipher engine = new RSAEngine();
        // ruleid: java-bc-asymmetric-encoding -> RSA-ISO9796-1
        ISO9796d1Encoding iso = new ISO9796d1Encoding(engine);
    }

    void buffered() {
        // ruleid: java-bc-asymmetric-encoding -> RSA-OAEP-SHA-256
        OAEPEncoding cipher = new OAEPEncoding(new RSAEngine(), new SHA256Digest());
        // ruleid: java-bc-asymmetric-encoding -> RSA-OAEP-SHA-256
        BufferedAsymmetricBlockCipher buffered = new BufferedAsymmetricBlockCipher(cipher);
        // ruleid: java-bc-asymmetric-encoding -> RSA
        BufferedAsymmetricBlockCipher raw = new BufferedAsymmetricBlockCipher(new RSAEngine());
        // ruleid: java-bc-asymmetric-encoding -> ElGamal
        BufferedAsymmetricBlockCipher eg = new BufferedAsymmetricBlockCipher(new PKCS1Encoding(new ElGamalEngine()));
    }

    void lookalikes() {
        // ok: java-bc-asymmetric-encoding
        Encoding e = new Base64Encoding();
        // ok: java-bc-asymmetric-encoding
        Object s = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    }
}
