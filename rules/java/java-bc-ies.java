import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.agreement.ECDHCBasicAgreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.IESEngine;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.macs.HMac;

class BcIes {
    void ies(BasicAgreement given) {
        ECDHBasicAgreement agreement = new ECDHBasicAgreement();
        DerivationFunction kdf = new KDF2BytesGenerator(new SHA256Digest());
        HMac mac = new HMac(new SHA256Digest());
        // ruleid: java-bc-ies -> ECIES function=encrypt
        IESEngine engine = new IESEngine(agreement, kdf, mac);
        // ruleid: java-bc-ies -> ECIES
        IESEngine withCipher = new IESEngine(new ECDHCBasicAgreement(), kdf, mac,
                new PaddedBufferedBlockCipher(new CBCBlockCipher(new AESEngine())));
        // ruleid: java-bc-ies -> DHIES
        IESEngine dhies = new IESEngine(new DHBasicAgreement(), kdf, mac);
        // ruleid: java-bc-ies -> unknown unresolved=algorithm
        IESEngine any = new IESEngine(given, kdf, mac);
        // ok: java-bc-ies
        Object search = new SearchIESEngineAdapter(agreement);
    }
}
