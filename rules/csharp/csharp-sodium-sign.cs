using Sodium;

public class SodiumSignatures
{
    public byte[] Sign(byte[] message)
    {
        // ruleid: csharp-sodium-sign -> Ed25519 function=sign
        var keyPair = PublicKeyAuth.GenerateKeyPair();
        // ruleid: csharp-sodium-sign -> Ed25519
        return PublicKeyAuth.SignDetached(message, keyPair.PrivateKey);
    }

    public bool Verify(byte[] signature, byte[] message, byte[] publicKey, ISignatureService service)
    {
        // ok: csharp-sodium-sign
        service.Sign(message);
        // ruleid: csharp-sodium-sign -> Ed25519
        return PublicKeyAuth.VerifyDetached(signature, message, publicKey);
    }
}
