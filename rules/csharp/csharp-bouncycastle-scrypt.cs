using Org.BouncyCastle.Crypto.Generators;

public class BcScrypt
{
    public byte[] Derive(byte[] password, byte[] salt)
    {
        // ruleid: csharp-bouncycastle-scrypt -> scrypt function=keyderive
        return SCrypt.Generate(password, salt, 16384, 8, 1, 32);
    }

    public byte[] Qualified(byte[] password, byte[] salt)
    {
        // ruleid: csharp-bouncycastle-scrypt -> scrypt
        return Org.BouncyCastle.Crypto.Generators.SCrypt.Generate(password, salt, 1 << 15, 8, 1, 64);
    }

    public byte[] NotScrypt(byte[] password)
    {
        // ok: csharp-bouncycastle-scrypt
        return KeyGenerator.Generate(password);
    }
}
