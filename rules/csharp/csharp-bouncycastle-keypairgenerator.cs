using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

public class BcKeyPairs
{
    private const int Strength = 2048;

    public AsymmetricCipherKeyPair Rsa()
    {
        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA-2048 function=keygen
        var generator = new RsaKeyPairGenerator();
        generator.Init(new KeyGenerationParameters(new SecureRandom(), Strength));
        return generator.GenerateKeyPair();
    }

    public AsymmetricCipherKeyPair RsaWithExponent()
    {
        var random = new SecureRandom();
        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA-4096
        RsaKeyPairGenerator rsa = new RsaKeyPairGenerator();
        rsa.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, 4096, 80));
        return rsa.GenerateKeyPair();
    }

    public void Others()
    {
        // ruleid: csharp-bouncycastle-keypairgenerator -> ECDSA
        var ec = new ECKeyPairGenerator();
        // ruleid: csharp-bouncycastle-keypairgenerator -> Ed25519
        var ed = new Ed25519KeyPairGenerator();
        // ruleid: csharp-bouncycastle-keypairgenerator -> X25519
        var x = new Org.BouncyCastle.Crypto.Generators.X25519KeyPairGenerator();
        // ruleid: csharp-bouncycastle-keypairgenerator -> DSA-1024
        var dsa = new DsaKeyPairGenerator();
        dsa.Init(new KeyGenerationParameters(new SecureRandom(), 1024));
        // ruleid: csharp-bouncycastle-keypairgenerator -> FFDH
        var dh = new DHKeyPairGenerator();
        // ok: csharp-bouncycastle-keypairgenerator
        var pbkdf2 = new Pkcs5S2ParametersGenerator();
    }
}
