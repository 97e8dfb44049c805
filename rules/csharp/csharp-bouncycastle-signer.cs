using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;

public class BcSigner
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-signer -> ECDSA function=sign
        var ecdsa = new ECDsaSigner();
        // ruleid: csharp-bouncycastle-signer -> Ed25519
        ISigner ed = new Ed25519Signer();
        // ruleid: csharp-bouncycastle-signer -> Ed448
        var ed448 = new Org.BouncyCastle.Crypto.Signers.Ed448Signer(new byte[0]);
        // ruleid: csharp-bouncycastle-signer -> DSA
        var dsa = new DsaSigner();
        // ruleid: csharp-bouncycastle-signer -> SM2
        var sm2 = new SM2Signer();
        // ok: csharp-bouncycastle-signer
        var rsa = new RsaDigestSigner(new Sha256Digest());
    }
}
