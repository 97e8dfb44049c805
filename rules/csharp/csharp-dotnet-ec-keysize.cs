using System.Security.Cryptography;

public class EcKeySize
{
    private const int Bits = 521;

    public void Run()
    {
        // ecdsa.KeySize = 384 below puts the key on P-384.
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-384
        var ecdsa = ECDsa.Create();
        ecdsa.KeySize = 384;

        // ruleid: csharp-dotnet-ecdh -> ECDH-P-521
        var ecdh = new ECDiffieHellmanCng { KeySize = Bits };

        // KeySize on an RSA object is not a curve.
        // ruleid: csharp-dotnet-rsa -> RSA-3072
        var rsa = RSA.Create();
        rsa.KeySize = 3072;
    }
}
