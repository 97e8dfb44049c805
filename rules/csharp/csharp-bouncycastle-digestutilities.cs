using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

public class BcDigests
{
    public byte[] Hash(byte[] data)
    {
        // ruleid: csharp-bouncycastle-digestutilities -> SHA-1 function=digest
        IDigest sha1 = DigestUtilities.GetDigest("SHA-1");
        // ruleid: csharp-bouncycastle-digestutilities -> MD5
        byte[] md5 = DigestUtilities.CalculateDigest("MD5", data);
        // ruleid: csharp-bouncycastle-digestutilities -> SHA3-256
        var sha3 = DigestUtilities.GetDigest("SHA3-256");
        // ruleid: csharp-bouncycastle-digestutilities -> SM3
        var sm3 = DigestUtilities.GetDigest("SM3");
        // ok: csharp-bouncycastle-digestutilities
        var signer = SignerUtilities.GetSigner("SHA256withRSA");
        return md5;
    }
}
