using System.Security.Cryptography;

#pragma warning disable SYSLIB5006
public class PqSignatures
{
    public byte[] Sign(byte[] data)
    {
        // ruleid: csharp-dotnet-mldsa -> ML-DSA-65 function=sign
        using MLDsa key = MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65);
        return key.SignData(data);
    }

    public MLDsa Import(byte[] publicKey)
    {
        // ruleid: csharp-dotnet-mldsa -> ML-DSA-87
        return MLDsa.ImportMLDsaPublicKey(MLDsaAlgorithm.MLDsa87, publicKey);
    }

    public void Others()
    {
        // ruleid: csharp-dotnet-mldsa -> ML-DSA-44
        var algorithm = MLDsaAlgorithm.MLDsa44;
        // ok: csharp-dotnet-mldsa
        var slh = SlhDsa.GenerateKey(SlhDsaAlgorithm.SlhDsaSha2_128s);
    }
}
