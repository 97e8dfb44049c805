using System.Security.Cryptography;

class Pbkdf1
{
    byte[] Run(string password, byte[] salt)
    {
        // ruleid: csharp-dotnet-passwordderivebytes -> PBKDF1 function=keyderive
        var pdb = new PasswordDeriveBytes(password, salt);
        // ruleid: csharp-dotnet-passwordderivebytes -> PBKDF1 note=100_iterations
        var sha1 = new PasswordDeriveBytes(password, salt, "SHA1", 100);
        // ok: csharp-dotnet-passwordderivebytes
        var pbkdf2 = new Rfc2898DeriveBytes(password, salt);
        return pdb.GetBytes(16);
    }
}
