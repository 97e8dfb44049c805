import org.bouncycastle.crypto.engines.AsconAEAD128;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;

class BcAeads {
    void aeads(byte[] key, byte[] nonce) {
        // ruleid: java-bc-aead -> ChaCha20-Poly1305 function=encrypt
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        aead.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
        // ruleid: java-bc-aead -> ChaCha20-Poly1305
        AEADCipher withMac = new org.bouncycastle.crypto.modes.ChaCha20Poly1305(new Poly1305());
        // ruleid: java-bc-aead -> Ascon-AEAD128
        AEADCipher ascon = new AsconAEAD128();
    }

    void lightweight(AsconEngine.AsconParameters chosen) {
        // ruleid: java-bc-aead -> Ascon-128
        AsconEngine ascon = new AsconEngine(AsconEngine.AsconParameters.ascon128);
        // ruleid: java-bc-aead -> Ascon-80pq
        AEADCipher pq = new AsconEngine(AsconEngine.AsconParameters.ascon80pq);
        // ruleid: java-bc-aead -> unknown unresolved=algorithm
        AEADCipher any = new AsconEngine(chosen);
        // ruleid: java-bc-aead -> Grain-128AEAD
        Grain128AEADEngine grain = new Grain128AEADEngine();
    }

    void lookalikes() {
        // ok: java-bc-aead
        Cipher jca = Cipher.getInstance("ChaCha20-Poly1305");
        // ok: java-bc-aead
        Object spec = new ChaCha20Poly1305Spec(nonce);
    }
}
