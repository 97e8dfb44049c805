using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Signers;

public class BcRsaSigner
{
    public void Run()
    {
        // ruleid: csharp-bouncycastle-rsa-signer -> RSA-PKCS1-1.5-SHA-256 function=sign
        ISigner signer = new RsaDigestSigner(new Sha256Digest());
        // ruleid: csharp-bouncycastle-rsa-signer -> RSA-PKCS1-1.5-SHA-1
        var sha1 = new RsaDigestSigner(new Sha1Digest());
        // ruleid: csharp-bouncycastle-rsa-signer -> RSA-PSS-SHA-256
        var pss = new PssSigner(new RsaEngine(), new Sha256Digest(), 32);
        // ruleid: csharp-bouncycastle-rsa-signer -> RSA-PSS-SHA-512
        var pss512 = new Org.BouncyCastle.Crypto.Signers.PssSigner(new RsaBlindedEngine(), new Sha512Digest());
        // ok: csharp-bouncycastle-rsa-signer
        var ecdsa = new ECDsaSigner();
    }
}
