using Org.BouncyCastle.Crypto.Digests;

public class BcSizedDigest
{
    private const int Bits = 384;

    public void Run(int configured)
    {
        // ruleid: csharp-bouncycastle-sized-digest -> SHA3-512 function=digest
        var sha3 = new Sha3Digest(512);
        // ruleid: csharp-bouncycastle-sized-digest -> SHA3-256
        var byDefault = new Sha3Digest();
        // ruleid: csharp-bouncycastle-sized-digest -> SHA3-384
        var fromConstant = new Sha3Digest(Bits);
        // ruleid: csharp-bouncycastle-sized-digest -> SHA-512/256
        var truncated = new Sha512tDigest(256);
        // ruleid: csharp-bouncycastle-sized-digest -> SHA3 unresolved=size
        var unknown = new Sha3Digest(configured);
        // ok: csharp-bouncycastle-sized-digest
        var sha256 = new Sha256Digest();
    }
}
