using System.Security.Cryptography;

class Hkdf
{
    byte[] Run(byte[] ikm, byte[] salt, byte[] info)
    {
        // ruleid: csharp-dotnet-hkdf -> HKDF-SHA-256 function=keyderive
        byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 32, salt, info);
        // ruleid: csharp-dotnet-hkdf -> HKDF-SHA-512
        byte[] prk = HKDF.Extract(HashAlgorithmName.SHA512, ikm, salt);
        // ruleid: csharp-dotnet-hkdf -> HKDF-SHA-512
        byte[] okm = System.Security.Cryptography.HKDF.Expand(HashAlgorithmName.SHA512, prk, 64, info);
        // ok: csharp-dotnet-hkdf
        var generator = new HkdfBytesGenerator(new Sha256Digest());
        return key;
    }
}
