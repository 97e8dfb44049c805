import javax.crypto.KeyAgreement;

class Agreements {
    void agree() throws Exception {
        // ruleid: java-jca-keyagreement -> ECDH function=keyderive
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        // ruleid: java-jca-keyagreement -> FFDH
        KeyAgreement dh = KeyAgreement.getInstance("DiffieHellman");
        // ruleid: java-jca-keyagreement -> X25519
        KeyAgreement x = KeyAgreement.getInstance("X25519");
        // ruleid: java-jca-keyagreement -> XDH
        KeyAgreement xdh = KeyAgreement.getInstance("XDH", "SunEC");
        // ok: java-jca-keyagreement
        ecdh.doPhase(peerKey, true);
    }
}
