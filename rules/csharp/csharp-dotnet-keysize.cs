using System.Security.Cryptography;

class KeySizes
{
    const int Bits = 192;

    void Run(int configured)
    {
        // aes.KeySize = 128 below makes this AES-128.
        // ruleid: csharp-dotnet-aes -> AES-128-CBC
        var aes = Aes.Create();
        aes.KeySize = 128;

        // ruleid: csharp-dotnet-rsa -> RSA-4096
        var rsa = RSA.Create();
        rsa.KeySize = 4096;

        // An object initializer sets it too.
        // ruleid: csharp-dotnet-aes -> AES-192-CBC
        var rijndael = new RijndaelManaged
        {
            KeySize = Bits,
        };

        // A size that cannot be read is reported unresolved, not guessed.
        // ruleid: csharp-dotnet-dsa -> DSA unresolved=size
        var dsa = DSA.Create();
        dsa.KeySize = configured;

        // Reading KeySize, or setting it on another variable, changes nothing.
        // ruleid: csharp-dotnet-aes -> AES-CBC
        var untouched = Aes.Create();
        int size = untouched.KeySize;
        var options = new Options();
        options.KeySize = 512;
    }
}
