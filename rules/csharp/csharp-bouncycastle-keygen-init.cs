using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

public class InitSizes
{
    public void Run(SecureRandom random, int bits)
    {
        // Init(new KeyGenerationParameters(random, 3072)) below makes this RSA-3072.
        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA-3072
        var rsa = new RsaKeyPairGenerator();
        rsa.Init(new KeyGenerationParameters(random, 3072));

        // RsaKeyGenerationParameters carries the size third.
        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA-2048
        var withExponent = new RsaKeyPairGenerator();
        withExponent.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(0x10001), new SecureRandom(), 2048, 25));

        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA-4096
        var fromParameter = new RsaKeyPairGenerator();
        fromParameter.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, 4096, 80));

        // ruleid: csharp-bouncycastle-generatorutilities -> AES-192
        var aes = GeneratorUtilities.GetKeyGenerator("AES");
        aes.Init(new KeyGenerationParameters(new SecureRandom(), 192));

        // A size that cannot be read is reported unresolved.
        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA unresolved=size
        var unknown = new RsaKeyPairGenerator();
        unknown.Init(new KeyGenerationParameters(new SecureRandom(), bits));

        // Init of another object changes nothing.
        // ruleid: csharp-bouncycastle-keypairgenerator -> RSA
        var untouched = new RsaKeyPairGenerator();
        var cipher = CipherUtilities.GetCipher("AES/GCM/NoPadding");
        cipher.Init(true, null);
    }
}
