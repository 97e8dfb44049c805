using System.Security.Cryptography;
using System.Text;

public static class LegacyCrypto
{
    // The classic "Encrypt(string toEncrypt, bool useHashing)" snippet.
    public static byte[] Encrypt(string toEncrypt, byte[] keyArray)
    {
        // ruleid: csharp-dotnet-tripledes -> 3DES mode=ecb function=encrypt
        TripleDESCryptoServiceProvider tdes = new TripleDESCryptoServiceProvider();
        tdes.Key = keyArray;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.PKCS7;
        byte[] data = Encoding.UTF8.GetBytes(toEncrypt);
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static SymmetricAlgorithm Modern()
    {
        // ruleid: csharp-dotnet-tripledes -> 3DES
        var tdes = TripleDES.Create();
        return tdes;
    }

    public static void Cng()
    {
        // ruleid: csharp-dotnet-tripledes -> 3DES mode=cbc
        using var cng = new TripleDESCng { Mode = CipherMode.CBC };
        // ok: csharp-dotnet-tripledes
        var des = DES.Create();
        // ok: csharp-dotnet-tripledes
        var wrapper = new TripleDesWrapper();
    }
}
