using System.Security.Cryptography;

class DesSamples
{
    byte[] Run(byte[] key, byte[] iv, byte[] data)
    {
        // ruleid: csharp-dotnet-des -> DES-56-CBC function=encrypt
        DESCryptoServiceProvider des = new DESCryptoServiceProvider();
        des.Key = key;
        des.IV = iv;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    void Modes()
    {
        // ruleid: csharp-dotnet-des -> DES-56-ECB
        var des = DES.Create();
        des.Mode = CipherMode.ECB;
        // ruleid: csharp-dotnet-des -> DES-56-CBC
        using (DES cbc = System.Security.Cryptography.DES.Create())
        {
            cbc.Mode = CipherMode.CBC;
        }
        // ok: csharp-dotnet-des
        var tdes = TripleDES.Create();
        // ok: csharp-dotnet-des
        var other = DesHelper.Create();
    }
}
