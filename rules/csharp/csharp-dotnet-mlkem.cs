using System.Security.Cryptography;

#pragma warning disable SYSLIB5006
public class Kem
{
    // ruleid: csharp-dotnet-mlkem -> ML-KEM-1024
    private static readonly MLKemAlgorithm Default = MLKemAlgorithm.MLKem1024;

    public byte[] Encapsulate(out byte[] sharedSecret)
    {
        // ruleid: csharp-dotnet-mlkem -> ML-KEM-768 function=keygen
        using MLKem kem = MLKem.GenerateKey(MLKemAlgorithm.MLKem768);
        kem.Encapsulate(out byte[] ciphertext, out sharedSecret);
        return ciphertext;
    }

    public MLKem Import(byte[] encapsulationKey)
    {
        // ruleid: csharp-dotnet-mlkem -> ML-KEM-512
        return MLKem.ImportEncapsulationKey(System.Security.Cryptography.MLKemAlgorithm.MLKem512, encapsulationKey);
    }

    public bool Check(MLKem kem)
    {
        // ok: csharp-dotnet-mlkem
        return kem.Algorithm == MLKemAlgorithm.MLKem768;
    }

    public void Other()
    {
        // ok: csharp-dotnet-mlkem
        var dsa = MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65);
    }
}
