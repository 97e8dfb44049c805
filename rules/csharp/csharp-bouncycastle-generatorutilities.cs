using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

public class BcGenerators
{
    public AsymmetricCipherKeyPair Rsa()
    {
        // ruleid: csharp-bouncycastle-generatorutilities -> RSA-3072 function=keygen
        IAsymmetricCipherKeyPairGenerator kpg = GeneratorUtilities.GetKeyPairGenerator("RSA");
        kpg.Init(new KeyGenerationParameters(new SecureRandom(), 3072));
        return kpg.GenerateKeyPair();
    }

    public void Others()
    {
        // ruleid: csharp-bouncycastle-generatorutilities -> ECDSA
        var ec = GeneratorUtilities.GetKeyPairGenerator("EC");
        // ruleid: csharp-bouncycastle-generatorutilities -> Ed25519
        var ed = GeneratorUtilities.GetKeyPairGenerator("Ed25519");
        // ruleid: csharp-bouncycastle-generatorutilities -> AES-256
        CipherKeyGenerator aes = GeneratorUtilities.GetKeyGenerator("AES256");
        // ruleid: csharp-bouncycastle-generatorutilities -> AES-128
        var sized = GeneratorUtilities.GetKeyGenerator("AES");
        sized.Init(new KeyGenerationParameters(new SecureRandom(), 128));
        // ruleid: csharp-bouncycastle-generatorutilities -> 3DES
        var des = GeneratorUtilities.GetKeyGenerator("DESEDE");
        // ok: csharp-bouncycastle-generatorutilities
        var signer = SignerUtilities.GetSigner("SHA256withRSA");
    }
}
