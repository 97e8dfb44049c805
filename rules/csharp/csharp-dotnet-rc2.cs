using System.Security.Cryptography;

class Rc2Samples
{
    void Run()
    {
        // ruleid: csharp-dotnet-rc2 -> RC2-40-CBC function=encrypt
        var rc2 = new RC2CryptoServiceProvider();
        rc2.KeySize = 40;
        rc2.Mode = CipherMode.CBC;
        // ruleid: csharp-dotnet-rc2 -> RC2-CBC
        using RC2 other = RC2.Create();
        // ok: csharp-dotnet-rc2
        var rc4 = new RC4Engine();
    }
}
