using Sodium;

public class SodiumPasswords
{
    public string Hash(string password)
    {
        // ruleid: csharp-sodium-pwhash -> Argon2id function=keyderive
        return PasswordHash.ArgonHashString(password, PasswordHash.StrengthArgon.Interactive);
    }

    public bool Check(string hash, string password, PasswordHasher aspnet)
    {
        // ruleid: csharp-sodium-pwhash -> scrypt
        var legacy = PasswordHash.ScryptHashStringVerify(hash, password);
        // ok: csharp-sodium-pwhash
        var other = aspnet.HashPassword(null, password);
        return legacy;
    }
}
