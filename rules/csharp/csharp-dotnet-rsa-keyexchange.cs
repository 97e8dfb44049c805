using System.Security.Cryptography;

class KeyExchange
{
    byte[] Run(RSA rsa, byte[] sessionKey)
    {
        // ruleid: csharp-dotnet-rsa-keyexchange -> RSA-PKCS1-1.5 function=encrypt
        var pkcs1 = new RSAPKCS1KeyExchangeFormatter(rsa);
        // ruleid: csharp-dotnet-rsa-keyexchange -> RSA-OAEP-SHA-1
        var oaep = new RSAOAEPKeyExchangeFormatter(rsa);
        // ruleid: csharp-dotnet-rsa-keyexchange -> RSA-OAEP-SHA-1
        var deformatter = new System.Security.Cryptography.RSAOAEPKeyExchangeDeformatter(rsa);
        // ok: csharp-dotnet-rsa-keyexchange
        var signer = new RSAPKCS1SignatureFormatter(rsa);
        return oaep.CreateKeyExchange(sessionKey);
    }
}
