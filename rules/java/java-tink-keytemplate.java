import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadKeyTemplates;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacKeyTemplates;
import com.google.crypto.tink.signature.SignatureKeyTemplates;

class TinkTemplates {
    static final String TEMPLATE = "CHACHA20_POLY1305";

    void keysets(String name) throws Exception {
        // ruleid: java-tink-keytemplate -> AES-128-GCM function=keygen
        KeysetHandle aead = KeysetHandle.generateNew(AeadKeyTemplates.AES128_GCM);
        KeysetHandle gcm256 =
                // ruleid: java-tink-keytemplate -> AES-256-GCM
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        // ruleid: java-tink-keytemplate -> HMAC-SHA-512
        KeysetHandle mac = KeysetHandle.generateNew(MacKeyTemplates.HMAC_SHA512_256BITTAG);
        // ruleid: java-tink-keytemplate -> Ed25519
        KeysetHandle ed = KeysetHandle.generateNew(SignatureKeyTemplates.ED25519);
        // ruleid: java-tink-keytemplate -> AES-256-GCM
        KeysetHandle byName = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
        // ruleid: java-tink-keytemplate -> ChaCha20-Poly1305
        KeyTemplate chacha = KeyTemplates.get(TEMPLATE);
        // ruleid: java-tink-keytemplate -> ECDSA
        KeyTemplate ecdsa = KeyTemplates.get("ECDSA_P256");
        // ruleid: java-tink-keytemplate -> unknown unresolved=algorithm
        KeyTemplate configured = KeyTemplates.get(name);
        // ok: java-tink-keytemplate
        KeysetHandle p256 = KeysetHandle.generateNew(SignatureKeyTemplates.ECDSA_P256);
        // ok: java-tink-keytemplate
        Object config = AeadConfig.LATEST;
        // ok: java-tink-keytemplate
        Object other = MyTemplates.AES128_GCM;
    }
}
