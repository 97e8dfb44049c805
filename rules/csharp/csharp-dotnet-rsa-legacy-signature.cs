using System.Security.Cryptography;

public class LegacySignatures
{
    public byte[] Sign(byte[] data, string xmlKey)
    {
        using (var rsa = new RSACryptoServiceProvider())
        {
            rsa.FromXmlString(xmlKey);
            // ruleid: csharp-dotnet-rsa-legacy-signature -> RSA-PKCS1-1.5-SHA-1 function=sign
            return rsa.SignData(data, new SHA1CryptoServiceProvider());
        }
    }

    public bool Verify(RSACryptoServiceProvider rsaProvider, byte[] data, byte[] signature)
    {
        // ruleid: csharp-dotnet-rsa-legacy-signature -> RSA-PKCS1-1.5-SHA-256
        return rsaProvider.VerifyData(data, CryptoConfig.MapNameToOID("SHA256"), signature);
    }

    public byte[] ByName(RSACryptoServiceProvider rsa, byte[] data, byte[] hash)
    {
        // ruleid: csharp-dotnet-rsa-legacy-signature -> RSA-PKCS1-1.5-SHA-256
        var a = rsa.SignData(data, "SHA256");
        // ruleid: csharp-dotnet-rsa-legacy-signature -> RSA-PKCS1-1.5-SHA-1
        var b = rsa.SignHash(hash, CryptoConfig.MapNameToOID("SHA1"));
        // ok: csharp-dotnet-rsa-legacy-signature
        var c = rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return a;
    }

    public byte[] NotRsa(ECDsa ecdsa, Signer signer, byte[] data)
    {
        // ok: csharp-dotnet-rsa-legacy-signature
        var e = ecdsa.SignData(data, HashAlgorithmName.SHA256);
        // ok: csharp-dotnet-rsa-legacy-signature
        return signer.SignData(data, "SHA256");
    }
}
