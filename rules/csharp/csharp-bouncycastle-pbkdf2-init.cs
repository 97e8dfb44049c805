using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;

public class BcPbkdf2Init
{
    public void Run(byte[] password, byte[] salt, int rounds)
    {
        // Init(password, salt, 600000) below sets the iteration count.
        // ruleid: csharp-bouncycastle-pbkdf2 -> PBKDF2-SHA-256 note=600000_iterations
        var generator = new Pkcs5S2ParametersGenerator(new Sha256Digest());
        generator.Init(password, salt, 600000);

        // ruleid: csharp-bouncycastle-pbkdf2 -> PBKDF2-SHA-256 unresolved=iterations
        var unknown = new Pkcs5S2ParametersGenerator(new Sha256Digest());
        unknown.Init(password, salt, rounds);
    }
}
