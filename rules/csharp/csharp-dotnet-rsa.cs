using System.Security.Cryptography;

public class RsaKeys
{
    private const int KeySize = 3072;
    private static readonly int LegacySize = 1024;

    public void Create(int bits, RSAParameters parameters)
    {
        // ruleid: csharp-dotnet-rsa -> RSA-2048 function=keygen
        using var rsa = RSA.Create(2048);
        // ruleid: csharp-dotnet-rsa -> RSA-4096
        using var named = RSA.Create(keySizeInBits: 4096);
        // ruleid: csharp-dotnet-rsa -> RSA-3072
        using RSA fromConstant = RSA.Create(KeySize);
        // ruleid: csharp-dotnet-rsa -> RSA-1024
        var csp = new RSACryptoServiceProvider(LegacySize);
        // ruleid: csharp-dotnet-rsa -> RSA
        var plain = RSA.Create();
        // ruleid: csharp-dotnet-rsa -> RSA-4096
        var sized = RSA.Create();
        sized.KeySize = 4096;
        // ruleid: csharp-dotnet-rsa -> RSA-2048
        var cng = new RSACng(2048);
        // ruleid: csharp-dotnet-rsa -> RSA unresolved=size
        var fromParameter = RSA.Create(bits);
        // ruleid: csharp-dotnet-rsa -> RSA
        var openSsl = new System.Security.Cryptography.RSAOpenSsl();
        // ruleid: csharp-dotnet-rsa -> RSA-1024
        RSACryptoServiceProvider legacy = new(1024);
        // ok: csharp-dotnet-rsa
        var ecdsa = ECDsa.Create();
        // ok: csharp-dotnet-rsa
        var signer = new RsaDigestSigner(new Sha256Digest());
    }
}
