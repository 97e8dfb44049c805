using System.Security.Cryptography;

public class LegacyDerive
{
    private const int Rounds = 1000;

    public byte[] Key(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-pbkdf2-sha1 -> PBKDF2-SHA-1 function=keyderive note=1000_iterations
        var pdb = new Rfc2898DeriveBytes(password, salt);
        return pdb.GetBytes(32);
    }

    public byte[] WithIterations(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-pbkdf2-sha1 -> PBKDF2-SHA-1 note=1000_iterations
        using (var pdb = new Rfc2898DeriveBytes(password, salt, Rounds))
        {
            return pdb.GetBytes(16);
        }
    }

    public byte[] SaltSize(string password)
    {
        // ruleid: csharp-dotnet-pbkdf2-sha1 -> PBKDF2-SHA-1 note=10000_iterations
        var pdb = new System.Security.Cryptography.Rfc2898DeriveBytes(password, 16, 10000);
        return pdb.Salt;
    }

    public void Modern(string password, byte[] salt)
    {
        // ok: csharp-dotnet-pbkdf2-sha1
        var kdf = new Rfc2898DeriveBytes(password, salt, 100000, HashAlgorithmName.SHA256);
        // ok: csharp-dotnet-pbkdf2-sha1
        var pbkdf1 = new PasswordDeriveBytes(password, salt);
    }
}
