using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class JwtIssuer
{
    private readonly string _secret;

    public JwtIssuer(string secret) { _secret = secret; }

    public string Issue(ClaimsIdentity identity)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_secret));
        // ruleid: csharp-identitymodel-securityalgorithms -> HMAC-SHA-256 function=sign
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = identity,
            Expires = DateTime.UtcNow.AddHours(1),
            // ruleid: csharp-identitymodel-securityalgorithms -> HMAC-SHA-512
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha512Signature),
        };
        var handler = new JwtSecurityTokenHandler();
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public void Others(SecurityKey rsaKey, SecurityKey ecKey)
    {
        // ruleid: csharp-identitymodel-securityalgorithms -> RSA-PKCS1-1.5-SHA-256
        var rs256 = new SigningCredentials(rsaKey, SecurityAlgorithms.RsaSha256);
        // ruleid: csharp-identitymodel-securityalgorithms -> RSA-PSS-SHA-256
        var ps256 = new SigningCredentials(rsaKey, SecurityAlgorithms.RsaSsaPssSha256);
        // ruleid: csharp-identitymodel-securityalgorithms -> ECDSA-SHA-384
        var es384 = new SigningCredentials(ecKey, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.EcdsaSha384);
        // ruleid: csharp-identitymodel-securityalgorithms -> AES-256-GCM
        string enc = SecurityAlgorithms.Aes256Gcm;
        // ruleid: csharp-identitymodel-securityalgorithms -> RSA-OAEP
        var wrap = new EncryptingCredentials(rsaKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes128CbcHmacSha256);
        // ok: csharp-identitymodel-securityalgorithms
        string none = SecurityAlgorithms.None;
        // ok: csharp-identitymodel-securityalgorithms
        var algorithms = Algorithms.HmacSha256;
    }
}
