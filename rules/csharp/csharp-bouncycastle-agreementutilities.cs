using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

public class BcAgreement
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-agreementutilities -> ECDH function=keyderive
        IBasicAgreement ecdh = AgreementUtilities.GetBasicAgreement("ECDH");
        // ruleid: csharp-bouncycastle-agreementutilities -> X25519
        var x25519 = AgreementUtilities.GetRawAgreement("X25519");
        // ruleid: csharp-bouncycastle-agreementutilities -> FFDH
        var dh = AgreementUtilities.GetBasicAgreement("DH");
        // ok: csharp-bouncycastle-agreementutilities
        var kpg = GeneratorUtilities.GetKeyPairGenerator("ECDH");
    }
}
