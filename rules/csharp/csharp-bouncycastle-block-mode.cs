using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Paddings;
using Org.BouncyCastle.Crypto.Parameters;

public class BcModes
{
    public byte[] Gcm(byte[] key, byte[] nonce, byte[] data)
    {
        // ruleid: csharp-bouncycastle-block-mode -> AES-GCM function=encrypt
        var cipher = new GcmBlockCipher(new AesEngine());
        cipher.Init(true, new AeadParameters(new KeyParameter(key), 128, nonce));
        var output = new byte[cipher.GetOutputSize(data.Length)];
        int len = cipher.ProcessBytes(data, 0, data.Length, output, 0);
        cipher.DoFinal(output, len);
        return output;
    }

    public void Others(IBlockCipher fromCaller)
    {
        // ruleid: csharp-bouncycastle-block-mode -> AES-CBC mode=cbc
        var cbc = new PaddedBufferedBlockCipher(new CbcBlockCipher(new AesEngine()), new Pkcs7Padding());
        // ruleid: csharp-bouncycastle-block-mode -> 3DES mode=cbc
        var tdes = new CbcBlockCipher(new DesEdeEngine());
        var engine = new AesEngine();
        // ruleid: csharp-bouncycastle-block-mode -> AES-CTR
        var ctr = new SicBlockCipher(engine);
        // ruleid: csharp-bouncycastle-block-mode -> AES-CCM
        var ccm = new CcmBlockCipher(AesUtilities.CreateEngine());
        // ruleid: csharp-bouncycastle-block-mode -> AES-EAX
        var eax = new EaxBlockCipher(new AesEngine());
        // ruleid: csharp-bouncycastle-block-mode -> AES-ECB
        var ecb = new EcbBlockCipher(new AesLightEngine());
        // ruleid: csharp-bouncycastle-block-mode -> CAMELLIA mode=gcm
        var camellia = new GcmBlockCipher(new CamelliaEngine());
        // ruleid: csharp-bouncycastle-block-mode -> unknown unresolved=algorithm
        var unknown = new GcmBlockCipher(fromCaller);
        // ok: csharp-bouncycastle-block-mode
        var plain = new AesEngine();
    }
}
