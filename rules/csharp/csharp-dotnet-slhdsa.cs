using System.Security.Cryptography;

#pragma warning disable SYSLIB5006
public class HashSignatures
{
    public byte[] Sign(byte[] data)
    {
        // ruleid: csharp-dotnet-slhdsa -> SLH-DSA-SHA2-128s function=sign
        using SlhDsa key = SlhDsa.GenerateKey(SlhDsaAlgorithm.SlhDsaSha2_128s);
        return key.SignData(data);
    }

    public void Others()
    {
        // ruleid: csharp-dotnet-slhdsa -> SLH-DSA-SHAKE-256f
        using var fast = SlhDsa.GenerateKey(SlhDsaAlgorithm.SlhDsaShake256f);
        // ok: csharp-dotnet-slhdsa
        using var ml = MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65);
    }
}
