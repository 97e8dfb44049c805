using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

public class BcArgon2
{
    public byte[] Hash(byte[] password, byte[] salt)
    {
        // ruleid: csharp-bouncycastle-argon2 -> Argon2id function=keyderive
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.Argon2id)
            .WithVersion(Argon2Parameters.Version13)
            .WithIterations(3)
            .WithMemoryAsKB(65536)
            .WithParallelism(1)
            .WithSalt(salt)
            .Build();
        var generator = new Argon2BytesGenerator();
        generator.Init(parameters);
        var result = new byte[32];
        generator.GenerateBytes(password, result);
        return result;
    }

    public void Others()
    {
        // ruleid: csharp-bouncycastle-argon2 -> Argon2i
        var byDefault = new Argon2Parameters.Builder().Build();
        // ruleid: csharp-bouncycastle-argon2 -> Argon2d
        var d = new Org.BouncyCastle.Crypto.Parameters.Argon2Parameters.Builder(Argon2Parameters.Argon2d);
        // ok: csharp-bouncycastle-argon2
        var builder = new StringBuilder();
    }
}
