using System.Security.Cryptography;
using System.Text;

public class LegacyRsa
{
    private readonly RSACryptoServiceProvider _rsa = new RSACryptoServiceProvider(2048);

    public byte[] Encrypt(string text)
    {
        // ruleid: csharp-dotnet-rsa-legacy-encrypt -> RSA-PKCS1-1.5 function=encrypt
        return _rsa.Encrypt(Encoding.UTF8.GetBytes(text), false);
    }

    public byte[] Decrypt(byte[] data)
    {
        using (var rsa = new RSACryptoServiceProvider())
        {
            // ruleid: csharp-dotnet-rsa-legacy-encrypt -> RSA-OAEP-SHA-1
            return rsa.Decrypt(data, true);
        }
    }

    public string Helper(string text)
    {
        // ok: csharp-dotnet-rsa-legacy-encrypt
        var hashed = Encrypt(text, true);
        // ok: csharp-dotnet-rsa-legacy-encrypt
        var other = CryptoHelper.Encrypt(text, false);
        // ok: csharp-dotnet-rsa-legacy-encrypt
        var modern = _rsa.Encrypt(Encoding.UTF8.GetBytes(text), RSAEncryptionPadding.OaepSHA256);
        return text;
    }
}
