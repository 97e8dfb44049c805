using System;
using System.Security.Cryptography;
using System.Text;

public class Signatures
{
    private readonly byte[] _secret;

    public Signatures(byte[] secret) { _secret = secret; }

    public string Sign(string payload)
    {
        // ruleid: csharp-dotnet-hmac -> HMAC-SHA-256 function=tag
        using var hmac = new HMACSHA256(_secret);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    public byte[] OneShot(byte[] data)
    {
        // ruleid: csharp-dotnet-hmac -> HMAC-SHA-512
        return HMACSHA512.HashData(_secret, data);
    }

    public void Legacy(byte[] data)
    {
        // ruleid: csharp-dotnet-hmac -> HMAC-MD5
        var md5 = new HMACMD5(_secret);
        // ruleid: csharp-dotnet-hmac -> HMAC-SHA-1
        HMACSHA1 sha1 = new System.Security.Cryptography.HMACSHA1();
        // ruleid: csharp-dotnet-hmac -> HMAC-SHA3-256
        var sha3 = new HMACSHA3_256(_secret);
        // ruleid: csharp-dotnet-hmac -> HMAC-RIPEMD-160
        var ripemd = new HMACRIPEMD160(_secret);
    }

    public void NotHmac(byte[] data)
    {
        // ok: csharp-dotnet-hmac
        var hash = SHA256.HashData(data);
        // ok: csharp-dotnet-hmac
        var helper = new HmacHelper(_secret);
        // ok: csharp-dotnet-hmac
        int size = HMACSHA256.HashSizeInBytes;
    }
}
