using System;
using System.Security.Cryptography;

public class Tokens
{
    // ruleid: csharp-dotnet-random -> Non-cryptographic-PRNG function=generate note=non-cryptographic_random_generator
    private static readonly Random Rng = new Random();
    // ruleid: csharp-dotnet-random -> Non-cryptographic-PRNG
    private readonly Random _seeded = new(42);

    public string NewToken()
    {
        var bytes = new byte[16];
        Rng.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public int Pin()
    {
        // ruleid: csharp-dotnet-random -> Non-cryptographic-PRNG
        return Random.Shared.Next(0, 10000);
    }

    public void More(byte[] salt)
    {
        // ruleid: csharp-dotnet-random -> Non-cryptographic-PRNG
        var r = new System.Random(Environment.TickCount);
        // ruleid: csharp-dotnet-random -> Non-cryptographic-PRNG
        System.Random.Shared.NextBytes(salt);
        // ok: csharp-dotnet-random
        RandomNumberGenerator.Fill(salt);
        // ok: csharp-dotnet-random
        using var rng = RandomNumberGenerator.Create();
        // ok: csharp-dotnet-random
        float f = UnityEngine.Random.Range(0f, 1f);
        // ok: csharp-dotnet-random
        var csp = new RNGCryptoServiceProvider();
        // ok: csharp-dotnet-random
        var bc = new Org.BouncyCastle.Security.SecureRandom();
        // ok: csharp-dotnet-random
        int next = r.Next();
    }
}
