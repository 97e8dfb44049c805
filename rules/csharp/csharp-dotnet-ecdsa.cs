using System.Security.Cryptography;

public class EcKeys
{
    public byte[] Sign(byte[] data)
    {
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-256 curve=P-256 function=keygen
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ecdsa.SignData(data, HashAlgorithmName.SHA256);
    }

    public void Others(ECParameters parameters)
    {
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-384
        var p384 = System.Security.Cryptography.ECDsa.Create(ECCurve.NamedCurves.nistP384);
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-brainpoolP256r1
        ECDsa bp = ECDsa.Create(ECCurve.NamedCurves.brainpoolP256r1);
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-521
        var named = ECDsa.Create(curve: ECCurve.NamedCurves.nistP521);
        var curve = ECCurve.NamedCurves.nistP256;
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-256
        var fromVariable = ECDsa.Create(curve);
        // ruleid: csharp-dotnet-ecdsa -> ECDSA
        var unsized = ECDsa.Create();
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-384
        var cng = new ECDsaCng(384);
        // ruleid: csharp-dotnet-ecdsa -> ECDSA-P-521
        var generated = new ECDsaCng();
        generated.GenerateKey(ECCurve.NamedCurves.nistP521);
        // ruleid: csharp-dotnet-ecdsa -> ECDSA
        var imported = ECDsa.Create(parameters);
        // ok: csharp-dotnet-ecdsa
        var ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        // ok: csharp-dotnet-ecdsa
        var signer = new ECDsaSigner();
    }
}
