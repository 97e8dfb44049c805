using System;
using System.Security.Cryptography;

public sealed class Sealer : IDisposable
{
    // ruleid: csharp-dotnet-aead -> AES-GCM function=encrypt
    private readonly AesGcm _gcm = new(RandomNumberGenerator.GetBytes(32), AesGcm.TagByteSizes.MaxSize);

    public void Seal(byte[] key, byte[] nonce, byte[] plain, byte[] cipher, byte[] tag)
    {
        // ruleid: csharp-dotnet-aead -> AES-GCM
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        // ruleid: csharp-dotnet-aead -> AES-CCM
        using var ccm = new System.Security.Cryptography.AesCcm(key);
        // ruleid: csharp-dotnet-aead -> ChaCha20-Poly1305
        using var chacha = new ChaCha20Poly1305(key);
        chacha.Encrypt(nonce, plain, cipher, tag);
        // ok: csharp-dotnet-aead
        var bc = new GcmBlockCipher(new AesEngine());
        // ok: csharp-dotnet-aead
        var aes = Aes.Create();
    }

    public void Dispose() => _gcm.Dispose();
}
