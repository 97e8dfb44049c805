using System.Security.Cryptography;

class Oaep
{
    byte[] Run(RSA rsa, byte[] key)
    {
        // ruleid: csharp-dotnet-rsa-oaep-create -> RSA-OAEP-SHA-384 function=encrypt
        var padding = RSAEncryptionPadding.CreateOaep(HashAlgorithmName.SHA384);
        // ok: csharp-dotnet-rsa-oaep-create
        var pss = RSASignaturePadding.Pss;
        return rsa.Encrypt(key, padding);
    }
}
