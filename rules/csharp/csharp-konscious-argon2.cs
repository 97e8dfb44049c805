using System.Text;
using Konscious.Security.Cryptography;

public class ArgonHasher
{
    public byte[] Hash(string password, byte[] salt)
    {
        // ruleid: csharp-konscious-argon2 -> Argon2id function=keyderive
        using var argon2 = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            DegreeOfParallelism = 4,
            Iterations = 3,
            MemorySize = 65536,
        };
        return argon2.GetBytes(32);
    }

    public void Others(byte[] password)
    {
        // ruleid: csharp-konscious-argon2 -> Argon2i
        var i = new Argon2i(password);
        // ruleid: csharp-konscious-argon2 -> Argon2d
        var d = new Konscious.Security.Cryptography.Argon2d(password);
        // ok: csharp-konscious-argon2
        var options = new Argon2Options();
    }
}
