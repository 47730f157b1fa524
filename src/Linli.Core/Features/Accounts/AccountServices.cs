using Linli.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Accounts;

public static class AccountServices
{
    /// <summary>Identity's user store on LinliDb; the web host adds sign-in on top.</summary>
    public static IdentityBuilder AddLinliAccounts(this IServiceCollection services) =>
        services.AddIdentityCore<LinliUser>(o =>
            {
                // Staff sign in on shared office PCs: long passphrases beat symbol rules they write on notes.
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<LinliDb>()
            .AddDefaultTokenProviders();
}
