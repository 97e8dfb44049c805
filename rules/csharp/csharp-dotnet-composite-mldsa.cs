using System.Security.Cryptography;

#pragma warning disable SYSLIB5006
public class Composite
{
    public byte[] Sign(byte[] data)
    {
        // ruleid: csharp-dotnet-composite-mldsa -> MLDSA65-ECDSA-P256-SHA512 function=sign
        using var key = CompositeMLDsa.GenerateKey(CompositeMLDsaAlgorithm.MLDsa65WithECDsaP256);
        return key.SignData(data);
    }

    public void Others()
    {
        // ruleid: csharp-dotnet-composite-mldsa -> MLDSA44-RSA2048-PSS-SHA256
        using var rsa = CompositeMLDsa.GenerateKey(CompositeMLDsaAlgorithm.MLDsa44WithRSA2048Pss);
        // ruleid: csharp-dotnet-composite-mldsa -> MLDSA87-Ed448-SHAKE256
        using var ed = CompositeMLDsa.GenerateKey(CompositeMLDsaAlgorithm.MLDsa87WithEd448);
        // ok: csharp-dotnet-composite-mldsa
        using var ml = MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65);
    }
}
