using System.Security.Cryptography;

class ByName
{
    const string Algorithm = "TripleDES";

    void Run(string configured)
    {
        // ruleid: csharp-dotnet-symmetric-by-name -> AES-128-ECB function=encrypt
        var aes = SymmetricAlgorithm.Create("AES");
        aes.KeySize = 128;
        aes.Mode = CipherMode.ECB;
        // ruleid: csharp-dotnet-symmetric-by-name -> 3DES
        var tdes = SymmetricAlgorithm.Create(Algorithm);
        // ruleid: csharp-dotnet-symmetric-by-name -> DES-56-CBC
        var des = SymmetricAlgorithm.Create("System.Security.Cryptography.DES");
        // ruleid: csharp-dotnet-symmetric-by-name -> AES-CBC
        var rijndael = System.Security.Cryptography.SymmetricAlgorithm.Create("Rijndael");
        // ruleid: csharp-dotnet-symmetric-by-name -> unknown unresolved=algorithm
        var any = SymmetricAlgorithm.Create(configured);
        // ok: csharp-dotnet-symmetric-by-name
        var hash = HashAlgorithm.Create("SHA256");
    }
}
