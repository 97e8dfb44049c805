using System.Security.Cryptography;

class HashByName
{
    private const string Name = "SHA512";

    byte[] Run(string configured, byte[] data)
    {
        // ruleid: csharp-dotnet-hash-by-name -> SHA-256 function=digest
        var sha = HashAlgorithm.Create("SHA256");
        // ruleid: csharp-dotnet-hash-by-name -> MD5
        using (HashAlgorithm md5 = HashAlgorithm.Create("System.Security.Cryptography.MD5")) { }
        // ruleid: csharp-dotnet-hash-by-name -> SHA-1
        var legacy = HashAlgorithm.Create("SHA");
        // ruleid: csharp-dotnet-hash-by-name -> SHA-512
        var fromConstant = HashAlgorithm.Create(Name);
        // ruleid: csharp-dotnet-hash-by-name -> unknown unresolved=algorithm
        var any = HashAlgorithm.Create(configured);
        // ok: csharp-dotnet-hash-by-name
        var cipher = SymmetricAlgorithm.Create("AES");
        return sha.ComputeHash(data);
    }
}
