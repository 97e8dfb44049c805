using System.Security.Cryptography;

class Config
{
    void Run(string name)
    {
        // ruleid: csharp-dotnet-cryptoconfig -> SHA-256 function=other
        var hash = (HashAlgorithm)CryptoConfig.CreateFromName("SHA256");
        // ruleid: csharp-dotnet-cryptoconfig -> 3DES
        var cipher = CryptoConfig.CreateFromName("System.Security.Cryptography.TripleDES") as SymmetricAlgorithm;
        // ruleid: csharp-dotnet-cryptoconfig -> HMAC-SHA-256
        var mac = KeyedHashAlgorithm.Create("HMACSHA256");
        // ruleid: csharp-dotnet-cryptoconfig -> HMAC-SHA-1
        var hmac = HMAC.Create("HMACSHA1");
        // ruleid: csharp-dotnet-cryptoconfig -> RSA
        var rsa = AsymmetricAlgorithm.Create("RSA");
        // ruleid: csharp-dotnet-cryptoconfig -> unknown unresolved=algorithm
        var any = CryptoConfig.CreateFromName(name);
        // ok: csharp-dotnet-cryptoconfig
        string oid = CryptoConfig.MapNameToOID("SHA256");
    }
}
