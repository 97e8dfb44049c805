import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.hybrid.HybridKeyTemplates;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureKeyTemplates;

class TinkEcTemplates {
    void keysets() throws Exception {
        // ruleid: java-tink-keytemplate-ec -> ECDSA-P-256 function=keygen
        KeysetHandle p256 = KeysetHandle.generateNew(SignatureKeyTemplates.ECDSA_P256);
        // ruleid: java-tink-keytemplate-ec -> ECDSA-P-384
        KeysetHandle p384 = KeysetHandle.generateNew(PredefinedSignatureParameters.ECDSA_P384_SHA384);
        // ruleid: java-tink-keytemplate-ec -> ECIES-P-256
        KeysetHandle hybrid = KeysetHandle.generateNew(HybridKeyTemplates.ECIES_P256_HKDF_HMAC_SHA256_AES128_GCM);
        // ok: java-tink-keytemplate-ec
        KeysetHandle ed = KeysetHandle.generateNew(SignatureKeyTemplates.ED25519);
        // ok: java-tink-keytemplate-ec
        Object own = MyTemplates.ECDSA_P256;
    }
}
