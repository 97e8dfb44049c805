using System.Security.Cryptography;

public class KeyAgreement
{
    public byte[] Agree(ECDiffieHellmanPublicKey peer)
    {
        // ruleid: csharp-dotnet-ecdh -> ECDH-P-384 curve=P-384 function=keygen
        using var ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP384);
        return ecdh.DeriveKeyMaterial(peer);
    }

    public void Others()
    {
        // ruleid: csharp-dotnet-ecdh -> ECDH
        var cng = new ECDiffieHellmanCng();
        // ruleid: csharp-dotnet-ecdh -> ECDH-P-256
        var later = ECDiffieHellman.Create();
        later.GenerateKey(ECCurve.NamedCurves.nistP256);
        // ok: csharp-dotnet-ecdh
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    }
}
