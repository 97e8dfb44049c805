using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

public class BcHkdf
{
    public byte[] Derive(byte[] ikm, byte[] salt, byte[] info)
    {
        // ruleid: csharp-bouncycastle-hkdf -> HKDF-SHA-256 function=keyderive
        var hkdf = new HkdfBytesGenerator(new Sha256Digest());
        hkdf.Init(new HkdfParameters(ikm, salt, info));
        var okm = new byte[32];
        hkdf.GenerateBytes(okm, 0, okm.Length);
        // ruleid: csharp-bouncycastle-hkdf -> HKDF-SHA-512
        var sha512 = new HkdfBytesGenerator(new Sha512Digest());
        // ok: csharp-bouncycastle-hkdf
        var dotnet = System.Security.Cryptography.HKDF.DeriveKey(System.Security.Cryptography.HashAlgorithmName.SHA256, ikm, 32);
        return okm;
    }
}
