using System.Security.Cryptography;

public class OneShot
{
    public byte[] Ecb(byte[] key, byte[] data)
    {
        // aes.EncryptEcb below runs AES in ECB, whatever Mode says.
        // ruleid: csharp-dotnet-aes -> AES-ECB mode=ecb
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public byte[] Cfb(byte[] key, byte[] iv, byte[] data)
    {
        // ruleid: csharp-dotnet-tripledes -> 3DES mode=cfb
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        return tdes.DecryptCfb(data, iv, PaddingMode.None);
    }

    public byte[] Cbc(byte[] key, byte[] iv, byte[] data, Codec codec)
    {
        // ruleid: csharp-dotnet-aes -> AES-CBC mode=cbc
        using var aes = Aes.Create();
        aes.Key = key;
        codec.EncryptEcb(data);
        return aes.EncryptCbc(data, iv);
    }
}
