using System.Security.Cryptography;

class DsaKeys
{
    void Run()
    {
        // ruleid: csharp-dotnet-dsa -> DSA-1024 function=keygen
        var dsa = new DSACryptoServiceProvider(1024);
        // ruleid: csharp-dotnet-dsa -> DSA-2048
        using DSA modern = DSA.Create(2048);
        // ruleid: csharp-dotnet-dsa -> DSA-3072
        var sized = DSA.Create();
        sized.KeySize = 3072;
        // ok: csharp-dotnet-dsa
        var ec = ECDsa.Create();
    }
}
