using BC = BCrypt.Net.BCrypt;

public class Passwords
{
    public string Hash(string password)
    {
        // ruleid: csharp-bcryptnet-bcrypt -> bcrypt function=keyderive
        return BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);
    }

    public bool Check(string password, string hash)
    {
        // ruleid: csharp-bcryptnet-bcrypt -> bcrypt
        return BC.Verify(password, hash);
    }

    public string Enhanced(string password)
    {
        // ruleid: csharp-bcryptnet-bcrypt -> bcrypt
        return BC.EnhancedHashPassword(password, 13);
    }

    public bool NotBcrypt(string password, string hash, IPasswordHasher hasher)
    {
        // ok: csharp-bcryptnet-bcrypt
        return hasher.Verify(password, hash);
    }
}
