using System.Security.Cryptography;

public class SetHash
{
    public byte[] Sign(RSA rsa, byte[] hash)
    {
        // formatter.SetHashAlgorithm("SHA512") below makes this RSA-PKCS1-1.5-SHA-512.
        // ruleid: csharp-dotnet-rsa-pkcs1-signature -> RSA-PKCS1-1.5-SHA-512
        var formatter = new RSAPKCS1SignatureFormatter(rsa);
        formatter.SetHashAlgorithm("SHA512");

        // ruleid: csharp-dotnet-rsa-pkcs1-signature -> RSA-PKCS1-1.5-SHA-1
        var deformatter = new RSAPKCS1SignatureDeformatter(rsa);
        deformatter.SetHashAlgorithm(nameof(SHA1));

        // SetHashAlgorithm on another object changes nothing.
        // ruleid: csharp-dotnet-rsa-pkcs1-signature -> RSA
        var untouched = new RSAPKCS1SignatureFormatter(rsa);
        var other = new OtherFormatter();
        other.SetHashAlgorithm("MD5");
        return formatter.CreateSignature(hash);
    }
}
