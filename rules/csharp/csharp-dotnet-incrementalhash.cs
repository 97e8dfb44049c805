using System.Security.Cryptography;

class Incremental
{
    void Run(byte[] chunk, byte[] key)
    {
        // ruleid: csharp-dotnet-incrementalhash -> SHA-256 function=digest
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(chunk);
        // ruleid: csharp-dotnet-incrementalhash -> MD5
        using IncrementalHash md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        // ruleid: csharp-dotnet-incrementalhash -> SHA3-384
        var sha3 = System.Security.Cryptography.IncrementalHash.CreateHash(HashAlgorithmName.SHA3_384);
        // ok: csharp-dotnet-incrementalhash
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }
}
