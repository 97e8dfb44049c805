using System.Security.Cryptography;

class IncrementalMac
{
    void Run(byte[] key)
    {
        // ruleid: csharp-dotnet-incrementalhash-hmac -> HMAC-SHA-256 function=tag
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        // ruleid: csharp-dotnet-incrementalhash-hmac -> HMAC-SHA-1
        using var legacy = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, key);
        // ok: csharp-dotnet-incrementalhash-hmac
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    }
}
