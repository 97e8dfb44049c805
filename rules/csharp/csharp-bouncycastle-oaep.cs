using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;

public class BcOaep
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-oaep -> RSA-OAEP-SHA-256 function=encrypt
        var oaep = new OaepEncoding(new RsaEngine(), new Sha256Digest());
        // ruleid: csharp-bouncycastle-oaep -> RSA-OAEP-SHA-1
        var legacy = new OaepEncoding(new RsaBlindedEngine());
        // ok: csharp-bouncycastle-oaep
        var pkcs1 = new Pkcs1Encoding(new RsaEngine());
    }
}
