using System.Security.Claims;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Features.Accounts;

/// <summary>Puts the role and the org unit's path into the sign-in, so scoping a query needs no lookup.</summary>
public sealed class LinliClaimsFactory(UserManager<LinliUser> users, IOptions<IdentityOptions> options, LinliDb db)
    : UserClaimsPrincipalFactory<LinliUser>(users, options)
{
    public const string RoleClaim = "linli:role";
    public const string OrgUnitClaim = "linli:org";
    public const string OrgPathClaim = "linli:path";
    public const string DisplayNameClaim = "linli:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LinliUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var path = await db.OrgUnits.Where(o => o.Id == user.OrgUnitId).Select(o => o.Path).FirstAsync();
        identity.AddClaim(new Claim(RoleClaim, user.Role.ToString()));
        identity.AddClaim(new Claim(OrgUnitClaim, user.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(OrgPathClaim, path));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
