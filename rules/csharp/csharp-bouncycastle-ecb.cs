using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Paddings;

public class BcEcb
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-ecb -> AES-ECB mode=ecb function=encrypt
        var aes = new PaddedBufferedBlockCipher(new AesEngine(), new Pkcs7Padding());
        // ruleid: csharp-bouncycastle-ecb -> 3DES mode=ecb
        BufferedBlockCipher tdes = new BufferedBlockCipher(new DesEdeEngine());
        // ruleid: csharp-bouncycastle-ecb -> DES-56-ECB
        var des = new Org.BouncyCastle.Crypto.Paddings.PaddedBufferedBlockCipher(new DesEngine());
        // ok: csharp-bouncycastle-ecb
        var cbc = new PaddedBufferedBlockCipher(new CbcBlockCipher(new AesEngine()), new Pkcs7Padding());
        // ok: csharp-bouncycastle-ecb
        var engine = new AesEngine();
    }
}
