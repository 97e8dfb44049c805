using Microsoft.AspNetCore.Identity;

public class Accounts
{
    public string Hash(ApplicationUser user, string password)
    {
        // ruleid: csharp-aspnetcore-passwordhasher -> PBKDF2 function=keyderive
        var hasher = new PasswordHasher<ApplicationUser>();
        return hasher.HashPassword(user, password);
    }

    public void Others()
    {
        // ruleid: csharp-aspnetcore-passwordhasher -> PBKDF2
        var qualified = new Microsoft.AspNetCore.Identity.PasswordHasher<IdentityUser>();
        // ok: csharp-aspnetcore-passwordhasher
        var mine = new PasswordHasher();
    }
}
