using System.Security.Cryptography;

public class RsaEncryption
{
    // ruleid: csharp-dotnet-rsa-encryption-padding -> RSA-OAEP-SHA-512
    private static readonly RSAEncryptionPadding DefaultPadding = RSAEncryptionPadding.OaepSHA512;

    public byte[] Wrap(RSA rsa, byte[] key)
    {
        // ruleid: csharp-dotnet-rsa-encryption-padding -> RSA-OAEP-SHA-256 function=encrypt
        return rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256);
    }

    public byte[] Unwrap(RSA rsa, byte[] wrapped)
    {
        // ruleid: csharp-dotnet-rsa-encryption-padding -> RSA-PKCS1-1.5
        return rsa.Decrypt(wrapped, RSAEncryptionPadding.Pkcs1);
    }

    public byte[] Sha1(RSA rsa, byte[] key)
    {
        // ruleid: csharp-dotnet-rsa-encryption-padding -> RSA-OAEP-SHA-1
        var padding = RSAEncryptionPadding.OaepSHA1;
        return rsa.Encrypt(key, padding);
    }

    public bool IsLegacy(RSAEncryptionPadding padding)
    {
        // ok: csharp-dotnet-rsa-encryption-padding
        return padding == RSAEncryptionPadding.Pkcs1;
    }

    public byte[] Signature(RSA rsa, byte[] data)
    {
        // ok: csharp-dotnet-rsa-encryption-padding
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
