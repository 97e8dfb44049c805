using System.Security.Cryptography;

public class Generate
{
    public void Run()
    {
        // ecdsa.GenerateKey(nistP384) below puts this key on P-384.
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-384
        var ecdsa = ECDsa.Create();
        ecdsa.GenerateKey(ECCurve.NamedCurves.nistP384);

        // ruleid: csharp-dotnet-ecdh -> ECDH-P-521
        using var ecdh = new ECDiffieHellmanCng();
        ecdh.GenerateKey(ECCurve.NamedCurves.nistP521);

        // GenerateKey on other objects changes nothing.
        // ruleid: csharp-dotnet-aes -> AES-CBC
        var aes = Aes.Create();
        aes.GenerateKey();
        using var kem = MLKem.GenerateKey(MLKemAlgorithm.MLKem768);
    }
}
