using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

public class BcHmac
{
    public byte[] Tag(byte[] key, byte[] data, IDigest fromCaller)
    {
        // ruleid: csharp-bouncycastle-hmac -> HMAC-SHA-256 function=tag
        var hmac = new HMac(new Sha256Digest());
        hmac.Init(new KeyParameter(key));
        var digest = new Sha1Digest();
        // ruleid: csharp-bouncycastle-hmac -> HMAC-SHA-1
        IMac sha1 = new HMac(digest);
        // ruleid: csharp-bouncycastle-hmac -> HMAC-MD5
        var md5 = new Org.BouncyCastle.Crypto.Macs.HMac(new MD5Digest());
        // ruleid: csharp-bouncycastle-hmac -> HMAC unresolved=hash
        var unknown = new HMac(fromCaller);
        // ok: csharp-bouncycastle-hmac
        var dotnet = new HMACSHA256(key);
        return new byte[hmac.GetMacSize()];
    }
}
