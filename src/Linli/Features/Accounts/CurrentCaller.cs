using System.Globalization;
using System.Security.Claims;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;

namespace Linli.Features.Accounts;

/// <summary>The signed-in account of this request as a <see cref="Caller"/>; null when nobody is signed in.</summary>
public sealed class CurrentCaller(IHttpContextAccessor http)
{
    private Caller? _caller;

    public Caller? Value => _caller ??= From(http.HttpContext?.User);

    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || user.FindFirstValue(LinliClaimsFactory.OrgPathClaim) is not { } path
            || !Enum.TryParse<Role>(user.FindFirstValue(LinliClaimsFactory.RoleClaim), out var role))
        {
            return null;
        }
        return new Caller(
            user.FindFirstValue(ClaimTypes.NameIdentifier)!,
            user.FindFirstValue(LinliClaimsFactory.DisplayNameClaim) ?? user.Identity.Name ?? "",
            role,
            long.Parse(user.FindFirstValue(LinliClaimsFactory.OrgUnitClaim)!, CultureInfo.InvariantCulture),
            new OrgPath(path));
    }
}
