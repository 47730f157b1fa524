using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Api;

public static class MeEndpoint
{
    public sealed record MeResponse(string UserId, string Name, string Role, string RoleName, long OrgUnitId, string OrgUnitCode, string OrgUnitName);

    /// <summary>GET /api/v1/me: who the token or cookie belongs to and where they may look.</summary>
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/me", async (CurrentCaller current, LinliDb db, CancellationToken ct) =>
        {
            var caller = current.Value!;
            var unit = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == caller.OrgUnitId, ct);
            return Results.Ok(new MeResponse(caller.UserId, caller.Name, caller.Role.ToString(), RoleNames.Of(caller.Role).ToString(), unit.Id, unit.Code, unit.Name));
        })
        .WithTags("Auth")
        .WithSummary("当前账号 / the signed-in account");
}
