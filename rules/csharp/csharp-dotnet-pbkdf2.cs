using System;
using System.Security.Cryptography;

public static class PasswordHasher
{
    private const int Iterations = 600_000;
    private static readonly HashAlgorithmName Algorithm = HashAlgorithmName.SHA512;

    public static byte[] Hash(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-pbkdf2 -> PBKDF2-SHA-256 function=keyderive
        using var kdf = new Rfc2898DeriveBytes(password, salt, Iterations, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }

    public static byte[] OneShot(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-pbkdf2 -> PBKDF2-SHA-512 note=600000_iterations
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, 64);
    }

    public static void IntoSpan(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, Span<byte> output)
    {
        // ruleid: csharp-dotnet-pbkdf2 -> PBKDF2-SHA-1 note=10000_iterations
        Rfc2898DeriveBytes.Pbkdf2(password, salt, output, 10000, HashAlgorithmName.SHA1);
    }

    public static byte[] TargetTyped(byte[] password, byte[] salt, int rounds)
    {
        // ruleid: csharp-dotnet-pbkdf2 -> PBKDF2-SHA-384 unresolved=iterations
        Rfc2898DeriveBytes kdf = new(password, salt, rounds, HashAlgorithmName.SHA384);
        return kdf.GetBytes(48);
    }

    public static byte[] Named(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-pbkdf2 -> PBKDF2-SHA-512 note=350000_iterations
        using var kdf = new Rfc2898DeriveBytes(password, salt, iterations: 350000, hashAlgorithm: HashAlgorithmName.SHA512);
        return kdf.GetBytes(64);
    }

    public static byte[] Qualified(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-pbkdf2 -> PBKDF2-SHA-256 note=210000_iterations
        return System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(password, salt, 210000, HashAlgorithmName.SHA256, 32);
    }

    public static void NotThisRule(string password, byte[] salt)
    {
        // ok: csharp-dotnet-pbkdf2
        var legacy = new Rfc2898DeriveBytes(password, salt, 1000);
        // ok: csharp-dotnet-pbkdf2
        var other = KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, 10000, 32);
    }
}
