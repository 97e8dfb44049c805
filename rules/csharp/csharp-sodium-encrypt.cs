using Sodium;

public class SodiumBoxes
{
    public byte[] Seal(byte[] message, byte[] key)
    {
        var nonce = SecretBox.GenerateNonce();
        // ruleid: csharp-sodium-encrypt -> XSalsa20-Poly1305 function=encrypt
        return SecretBox.Create(message, nonce, key);
    }

    public void Others(byte[] message, byte[] nonce, byte[] key, byte[] ad, KeyPair recipient)
    {
        // ruleid: csharp-sodium-encrypt -> XChaCha20-Poly1305
        var x = SecretAeadXChaCha20Poly1305.Encrypt(message, nonce, key, ad);
        // ruleid: csharp-sodium-encrypt -> AES-256-GCM
        var gcm = Sodium.SecretAeadAes.Encrypt(message, nonce, key, ad);
        // ruleid: csharp-sodium-encrypt -> X25519
        var sealedBox = SealedPublicKeyBox.Create(message, recipient.PublicKey);
        // ok: csharp-sodium-encrypt
        var aes = System.Security.Cryptography.Aes.Create();
    }
}
