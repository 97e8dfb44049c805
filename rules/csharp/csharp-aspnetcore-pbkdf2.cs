using System;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;

public class AspNetHasher
{
    private const int IterationCount = 100_000;

    public string Hash(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(128 / 8);
        // ruleid: csharp-aspnetcore-pbkdf2 -> PBKDF2-SHA-256 function=keyderive note=100000_iterations
        byte[] hashed = KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, IterationCount, 256 / 8);
        return Convert.ToBase64String(hashed);
    }

    public byte[] Legacy(string password, byte[] salt)
    {
        // ruleid: csharp-aspnetcore-pbkdf2 -> PBKDF2-SHA-1 note=10000_iterations
        return KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA1, 10000, 32);
    }

    public byte[] Strong(string password, byte[] salt)
    {
        // ruleid: csharp-aspnetcore-pbkdf2 -> PBKDF2-SHA-512
        return Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA512, 210000, 64);
    }

    public string Documented(string password, byte[] salt)
    {
        // ruleid: csharp-aspnetcore-pbkdf2 -> PBKDF2-SHA-256 note=100000_iterations
        string hashed = Convert.ToBase64String(KeyDerivation.Pbkdf2(
            password: password!,
            salt: salt,
            prf: KeyDerivationPrf.HMACSHA256,
            iterationCount: 100000,
            numBytesRequested: 256 / 8));
        return hashed;
    }

    public byte[] FromParameter(string password, byte[] salt, KeyDerivationPrf prf, int rounds)
    {
        // ruleid: csharp-aspnetcore-pbkdf2 -> unknown unresolved=algorithm
        return KeyDerivation.Pbkdf2(password, salt, prf, rounds, 32);
    }

    public byte[] NotThisRule(string password, byte[] salt)
    {
        // ok: csharp-aspnetcore-pbkdf2
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, 100000, HashAlgorithmName.SHA256, 32);
    }
}
