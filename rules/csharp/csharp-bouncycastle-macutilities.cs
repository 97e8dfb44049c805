using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

public class BcMacs
{
    public byte[] Run(byte[] key, byte[] data)
    {
        // ruleid: csharp-bouncycastle-macutilities -> HMAC-SHA-256 function=tag
        IMac mac = MacUtilities.GetMac("HMAC-SHA256");
        // ruleid: csharp-bouncycastle-macutilities -> HMAC-SHA-1
        byte[] tag = MacUtilities.CalculateMac("HMACSHA1", new KeyParameter(key), data);
        // ruleid: csharp-bouncycastle-macutilities -> HMAC-SHA-512
        var sha512 = MacUtilities.GetMac("HMAC/SHA512");
        // ok: csharp-bouncycastle-macutilities
        var digest = DigestUtilities.GetDigest("SHA-256");
        return tag;
    }
}
