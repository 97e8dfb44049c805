using System.Security.Cryptography;

class Modes
{
    void Run(CipherMode configured)
    {
        // aes.Mode = CipherMode.ECB below makes this AES in ECB.
        // ruleid: csharp-dotnet-aes -> AES-ECB mode=ecb
        var aes = Aes.Create();
        aes.Mode = CipherMode.ECB;

        // An object initializer sets it too.
        // ruleid: csharp-dotnet-tripledes -> 3DES mode=cbc
        var tdes = new TripleDESCryptoServiceProvider
        {
            Mode = CipherMode.CBC,
            Padding = PaddingMode.PKCS7,
        };

        // ruleid: csharp-dotnet-des -> DES-56-CFB
        var des = DES.Create();
        des.Mode = System.Security.Cryptography.CipherMode.CFB;

        // A comparison, or a Mode of something else, changes nothing.
        // ruleid: csharp-dotnet-aes -> AES-CBC
        var other = Aes.Create();
        if (other.Mode == CipherMode.ECB) { }
        var view = new View();
        view.Mode = DisplayMode.Compact;
    }
}
