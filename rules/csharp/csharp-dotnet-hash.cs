using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

public static class Hashing
{
    public static string Md5Hex(string input)
    {
        // ruleid: csharp-dotnet-hash -> MD5 function=digest
        using (MD5 md5 = MD5.Create())
        {
            byte[] hash = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
            return Convert.ToHexString(hash);
        }
    }

    public static byte[] OneShot(byte[] data)
    {
        // ruleid: csharp-dotnet-hash -> SHA-256
        return SHA256.HashData(data);
    }

    public static string Chained(string text)
    {
        // ruleid: csharp-dotnet-hash -> SHA-256
        return Convert.ToBase64String(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    public static async Task<byte[]> FileHash(Stream stream)
    {
        // ruleid: csharp-dotnet-hash -> SHA-1
        return await SHA1.HashDataAsync(stream);
    }

    public static void Legacy(byte[] data)
    {
        // ruleid: csharp-dotnet-hash -> SHA-1
        var sha1 = new SHA1Managed();
        // ruleid: csharp-dotnet-hash -> MD5
        var md5 = new MD5CryptoServiceProvider();
        // ruleid: csharp-dotnet-hash -> SHA-512
        var sha512 = new System.Security.Cryptography.SHA512CryptoServiceProvider();
        // ruleid: csharp-dotnet-hash -> SHA-384
        var sha384 = System.Security.Cryptography.SHA384.Create();
        // ruleid: csharp-dotnet-hash -> SHA-256
        SHA256 sha256 = new SHA256Managed();
        // ruleid: csharp-dotnet-hash -> RIPEMD-160
        var ripemd = new RIPEMD160Managed();
    }

    public static void Sha3(byte[] data)
    {
        // ruleid: csharp-dotnet-hash -> SHA3-256
        byte[] h = SHA3_256.HashData(data);
        // ruleid: csharp-dotnet-hash -> SHA3-512
        using var sha3 = SHA3_512.Create();
        // ruleid: csharp-dotnet-hash -> SHAKE128
        byte[] x = Shake128.HashData(data, 32);
        // ruleid: csharp-dotnet-hash -> SHAKE256
        using var shake = new Shake256();
    }

    public static void NotHashes(byte[] data, byte[] key)
    {
        // ok: csharp-dotnet-hash
        var name = HashAlgorithmName.SHA256;
        // ok: csharp-dotnet-hash
        int size = SHA256.HashSizeInBytes;
        // ok: csharp-dotnet-hash
        var mac = HMACSHA256.HashData(key, data);
        // ok: csharp-dotnet-hash
        var mine = Sha256Helper.HashData(data);
        // ok: csharp-dotnet-hash
        var digest = new Sha256Digest();
    }
}
