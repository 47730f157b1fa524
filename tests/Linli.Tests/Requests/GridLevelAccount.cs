using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

/// <summary>
/// Two grids in the demo community 滨西 and a grid worker, "wgy1", whose account sits at the first
/// grid (not at the community like the demo's "wangge").
/// </summary>
public static class GridLevelAccount
{
    public const string UserName = "wgy1", Password = "Grid2026x";

    public sealed record Grids(OrgUnit Own, OrgUnit Other);

    public static async Task<Grids> CreateAsync(TestApp app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var community = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == RequestsFixture.Binxi);
        var street = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == RequestsFixture.LaojieStreet);
        var office = new Caller("test-street", "老街街道（测试）", Role.StreetOffice, street.Id, new OrgPath(street.Path));
        var create = scope.ServiceProvider.GetRequiredService<CreateGrid>();
        var own = Ok(await create.HandleAsync(office, community.Id, "测试一网格"));
        var other = Ok(await create.HandleAsync(office, community.Id, "测试二网格"));
        Ok(await scope.ServiceProvider.GetRequiredService<CreateAccount>().HandleAsync(new(UserName, "一网格网格员", Password, Role.GridWorker, own.Code)));
        return new Grids(own, other);
    }

    private static T Ok<T>(Linli.Core.Common.Result<T> result)
    {
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value!;
    }
}
