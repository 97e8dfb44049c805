using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

public class BcCiphers
{
    private const string Transformation = "AES/CBC/PKCS7Padding";

    public byte[] Encrypt(byte[] key, byte[] iv, byte[] data, string configured)
    {
        // ruleid: csharp-bouncycastle-cipherutilities -> AES-CBC function=encrypt
        IBufferedCipher cipher = CipherUtilities.GetCipher(Transformation);
        cipher.Init(true, new ParametersWithIV(new KeyParameter(key), iv));
        // ruleid: csharp-bouncycastle-cipherutilities -> AES-GCM
        var gcm = CipherUtilities.GetCipher("AES/GCM/NoPadding");
        // ruleid: csharp-bouncycastle-cipherutilities -> 3DES mode=ecb
        var des = Org.BouncyCastle.Security.CipherUtilities.GetCipher("DESede/ECB/PKCS5Padding");
        // ruleid: csharp-bouncycastle-cipherutilities -> AES-ECB note=no_mode_given
        var bare = CipherUtilities.GetCipher("AES");
        // ruleid: csharp-bouncycastle-cipherutilities -> RSA-OAEP-SHA-256
        var oaep = CipherUtilities.GetCipher("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        // ruleid: csharp-bouncycastle-cipherutilities -> ChaCha20-Poly1305
        var chacha = CipherUtilities.GetCipher("ChaCha20-Poly1305");
        // ruleid: csharp-bouncycastle-cipherutilities -> unknown unresolved=algorithm
        var any = CipherUtilities.GetCipher(configured);
        // ok: csharp-bouncycastle-cipherutilities
        var digest = DigestUtilities.GetDigest("SHA-256");
        return cipher.DoFinal(data);
    }
}
