using System.Security.Cryptography;

public class Formatter
{
    private const string HashName = "SHA256";

    public byte[] Sign(RSA rsa, byte[] hash)
    {
        // ruleid: csharp-dotnet-rsa-pkcs1-signature -> RSA-PKCS1-1.5-SHA-256 function=sign
        var formatter = new RSAPKCS1SignatureFormatter(rsa);
        formatter.SetHashAlgorithm(HashName);
        return formatter.CreateSignature(hash);
    }

    public bool Verify(RSA rsa, byte[] hash, byte[] signature)
    {
        // ruleid: csharp-dotnet-rsa-pkcs1-signature -> RSA-PKCS1-1.5-SHA-1
        RSAPKCS1SignatureDeformatter deformatter = new RSAPKCS1SignatureDeformatter(rsa);
        deformatter.SetHashAlgorithm("SHA1");
        return deformatter.VerifySignature(hash, signature);
    }

    public void Unknown(RSA rsa)
    {
        // ruleid: csharp-dotnet-rsa-pkcs1-signature -> RSA
        var formatter = new RSAPKCS1SignatureFormatter(rsa);
        // ok: csharp-dotnet-rsa-pkcs1-signature
        var exchange = new RSAPKCS1KeyExchangeFormatter(rsa);
    }
}
