using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pqc.Crypto.Crystals.Dilithium;
using Org.BouncyCastle.Pqc.Crypto.Crystals.Kyber;
using Org.BouncyCastle.Security;

public class BcPqc
{
    public AsymmetricCipherKeyPair Kem()
    {
        var generator = new MLKemKeyPairGenerator();
        // ruleid: csharp-bouncycastle-pqc-parameters -> ML-KEM-768 function=keygen
        generator.Init(new MLKemKeyGenerationParameters(new SecureRandom(), MLKemParameters.ml_kem_768));
        return generator.GenerateKeyPair();
    }

    public void Signatures(SecureRandom random)
    {
        // ruleid: csharp-bouncycastle-pqc-parameters -> ML-DSA-65
        var mldsa = new MLDsaKeyGenerationParameters(random, MLDsaParameters.ml_dsa_65);
        // ruleid: csharp-bouncycastle-pqc-parameters -> HashML-DSA-87-SHA-512
        var prehash = new MLDsaKeyGenerationParameters(random, MLDsaParameters.ml_dsa_87_with_sha512);
        // ruleid: csharp-bouncycastle-pqc-parameters -> SLH-DSA-SHA2-128s
        var slh = new SlhDsaKeyGenerationParameters(random, SlhDsaParameters.slh_dsa_sha2_128s);
        // ruleid: csharp-bouncycastle-pqc-parameters -> MLDSA65-ECDSA-P256-SHA512
        var composite = Org.BouncyCastle.Crypto.Parameters.CompositeMLDsaParameters.MLDsa65_ECDsa_P256_SHA512;
    }

    public void PreStandard(SecureRandom random)
    {
        // ruleid: csharp-bouncycastle-pqc-parameters -> Kyber768
        var kyber = new KyberKeyGenerationParameters(random, KyberParameters.kyber768);
        // ruleid: csharp-bouncycastle-pqc-parameters -> Dilithium3
        var dilithium = new DilithiumKeyGenerationParameters(random, DilithiumParameters.Dilithium3);
        // ok: csharp-bouncycastle-pqc-parameters
        string name = MLKemParameters.ml_kem_768.Name;
    }
}
