using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;

public class BcDigest
{
    public byte[] Hash(byte[] data)
    {
        // ruleid: csharp-bouncycastle-digest -> SHA-256 function=digest
        IDigest digest = new Sha256Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        // ruleid: csharp-bouncycastle-digest -> MD5
        var md5 = new MD5Digest();
        // ruleid: csharp-bouncycastle-digest -> SHA-1
        var sha1 = new Org.BouncyCastle.Crypto.Digests.Sha1Digest();
        // ruleid: csharp-bouncycastle-digest -> RIPEMD-160
        var ripemd = new RipeMD160Digest();
        // ruleid: csharp-bouncycastle-digest -> SM3
        var sm3 = new SM3Digest();
        // ok: csharp-bouncycastle-digest
        var sha3 = new Sha3Digest(256);
        // ok: csharp-bouncycastle-digest
        var dotnet = SHA256.Create();
        return output;
    }
}
