using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;

public class BcRsa
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-rsa -> RSA function=encrypt
        IAsymmetricBlockCipher raw = new RsaEngine();
        // ruleid: csharp-bouncycastle-rsa -> RSA-PKCS1-1.5
        // ruleid: csharp-bouncycastle-rsa -> RSA
        var pkcs1 = new Pkcs1Encoding(new RsaEngine());
        // ruleid: csharp-bouncycastle-rsa -> RSA
        var blinded = new RsaBlindedEngine();
        // ok: csharp-bouncycastle-rsa
        var aes = new AesEngine();
    }
}
