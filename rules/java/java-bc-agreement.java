import org.bouncycastle.crypto.agreement.*;

class BcAgreements {
    void agree() {
        // ruleid: java-bc-agreement -> ECDH function=keyderive
        BasicAgreement ecdh = new ECDHBasicAgreement();
        // ruleid: java-bc-agreement -> X25519
        RawAgreement x = new X25519Agreement();
        // ruleid: java-bc-agreement -> FFDH
        BasicAgreement dh = new DHBasicAgreement();
        // ruleid: java-bc-agreement -> SM2-KEX
        SM2KeyExchange sm2 = new SM2KeyExchange();
        // ok: java-bc-agreement
        Agreement a = new ServiceAgreement();
    }
}
