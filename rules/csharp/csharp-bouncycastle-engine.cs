using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Paddings;

public class BcEngines
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-engine -> AES function=encrypt
        IBlockCipher aes = new AesEngine();
        // ruleid: csharp-bouncycastle-engine -> 3DES
        var tdes = new DesEdeEngine();
        // ruleid: csharp-bouncycastle-engine -> DES
        var des = new Org.BouncyCastle.Crypto.Engines.DesEngine();
        // ruleid: csharp-bouncycastle-engine -> Blowfish
        var blowfish = new BlowfishEngine();
        // ruleid: csharp-bouncycastle-engine -> RC4
        IStreamCipher rc4 = new RC4Engine();
        // ruleid: csharp-bouncycastle-engine -> ChaCha20
        var chacha = new ChaCha7539Engine();
        // ruleid: csharp-bouncycastle-engine -> AES
        var modern = AesUtilities.CreateEngine();
        // ruleid: csharp-bouncycastle-engine -> AES-KW
        var wrap = new AesWrapEngine();
        // ruleid: csharp-bouncycastle-engine -> CAMELLIA
        var camellia = new CamelliaEngine();
        // ruleid: csharp-bouncycastle-engine -> AES
        var cbc = new PaddedBufferedBlockCipher(new CbcBlockCipher(new AesEngine()), new Pkcs7Padding());
        // ok: csharp-bouncycastle-engine
        var rsa = new RsaEngine();
        // ok: csharp-bouncycastle-engine
        var mine = new GameEngine();
    }
}
