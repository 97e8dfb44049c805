using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

public class BcPbkdf2
{
    private const int Iterations = 310000;

    public byte[] Derive(string password, byte[] salt)
    {
        // ruleid: csharp-bouncycastle-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=310000_iterations
        var generator = new Pkcs5S2ParametersGenerator(new Sha256Digest());
        generator.Init(Encoding.UTF8.GetBytes(password), salt, Iterations);
        var key = (KeyParameter)generator.GenerateDerivedMacParameters(256);
        return key.GetKey();
    }

    public void Legacy(byte[] password, byte[] salt)
    {
        // ruleid: csharp-bouncycastle-pbkdf2 -> PBKDF2-SHA-1 note=1000_iterations
        var sha1 = new Pkcs5S2ParametersGenerator();
        sha1.Init(password, salt, 1000);
        // ruleid: csharp-bouncycastle-pbkdf2 -> PBKDF2-SHA-512
        Pkcs5S2ParametersGenerator sha512 = new Pkcs5S2ParametersGenerator(new Sha512Digest());
        // ok: csharp-bouncycastle-pbkdf2
        var pkcs12 = new Pkcs12ParametersGenerator(new Sha1Digest());
    }
}
