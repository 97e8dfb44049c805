using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

public class BcSigners
{
    private const string Algorithm = "SHA256withECDSA";

    public void Run()
    {
        // ruleid: csharp-bouncycastle-signerutilities -> RSA-PKCS1-1.5-SHA-256 function=sign
        ISigner signer = SignerUtilities.GetSigner("SHA256withRSA");
        // ruleid: csharp-bouncycastle-signerutilities -> ECDSA-SHA-256
        var ecdsa = SignerUtilities.GetSigner(Algorithm);
        // ruleid: csharp-bouncycastle-signerutilities -> RSA-PSS-SHA-256
        var pss = SignerUtilities.GetSigner("SHA256withRSAandMGF1");
        // ruleid: csharp-bouncycastle-signerutilities -> Ed25519
        var ed = SignerUtilities.GetSigner("Ed25519");
        // ruleid: csharp-bouncycastle-signerutilities -> RSA-PKCS1-1.5-SHA-1
        var legacy = SignerUtilities.GetSigner("SHA1withRSA");
        // ok: csharp-bouncycastle-signerutilities
        var kpg = GeneratorUtilities.GetKeyPairGenerator("RSA");
    }
}
