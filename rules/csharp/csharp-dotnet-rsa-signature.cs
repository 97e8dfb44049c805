using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

public class RsaSignatures
{
    public byte[] SignPss(RSA rsa, byte[] data)
    {
        // ruleid: csharp-dotnet-rsa-signature -> RSA-PSS-SHA-256 function=sign
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
    }

    public byte[] SignPkcs1(RSA rsa, byte[] hash)
    {
        // ruleid: csharp-dotnet-rsa-signature -> RSA-PKCS1-1.5-SHA-1
        return rsa.SignHash(hash, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    public bool Verify(RSA rsa, byte[] data, byte[] signature)
    {
        // ruleid: csharp-dotnet-rsa-signature -> RSA-PKCS1-1.5-SHA-512
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1);
    }

    public bool VerifyCert(System.Security.Cryptography.X509Certificates.X509Certificate2 cert, byte[] data, byte[] signature)
    {
        // ruleid: csharp-dotnet-rsa-signature -> RSA-PSS-SHA-384
        return cert.GetRSAPublicKey()?.VerifyData(data, signature, HashAlgorithmName.SHA384, System.Security.Cryptography.RSASignaturePadding.Pss) ?? false;
    }

    public void Request(RSA rsa)
    {
        // ruleid: csharp-dotnet-rsa-signature -> RSA-PSS-SHA-256
        var request = new CertificateRequest("CN=test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        // ok: csharp-dotnet-rsa-signature
        var ecRequest = new CertificateRequest("CN=test", ECDsa.Create(), HashAlgorithmName.SHA256);
    }

    public byte[] Ecdsa(ECDsa ecdsa, byte[] data)
    {
        // ok: csharp-dotnet-rsa-signature
        return ecdsa.SignData(data, HashAlgorithmName.SHA256);
    }

    public byte[] Other(Signer signer, byte[] data)
    {
        // ok: csharp-dotnet-rsa-signature
        return signer.SignData(data, "SHA256", "pss");
    }
}
