using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Hierarchy;

/// <summary>Households and residents for hierarchy tests, registered through the real use cases.</summary>
public static class HierarchyData
{
    private static int _sequence;

    /// <summary>A valid GB 11643 number for a person born on the date, region 源汇区 (411102).</summary>
    public static string IdNumber(DateOnly birth, bool male)
    {
        var seq = Interlocked.Increment(ref _sequence) % 450 * 2 + (male ? 1 : 2);
        var first17 = $"411102{birth:yyyyMMdd}{seq:D3}";
        const string check = "10X98765432";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + check[sum % 11];
    }

    public static async Task<long> HouseholdAsync(IServiceProvider services, string communityCode, string? grid, string? estate, string? building, string room)
    {
        var db = services.GetRequiredService<LinliDb>();
        var place = await new AddressResolver(db).ResolveAsync(new HouseholdAddress(communityCode, grid, estate, building, "1", room));
        var p = place.Value!;
        var household = new Household
        {
            CommunityId = p.Community.Id, Grid = p.Grid, Estate = p.Estate, Building = p.Building, Path = p.Path,
            Room = room, Entrance = "1", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household.Id;
    }

    public static async Task<Resident> ResidentAsync(IServiceProvider services, Caller caller, long householdId, string name, DateOnly birth, bool male,
        ResidenceType type = ResidenceType.Registered, string relation = "户主", params string[] tags)
    {
        var draft = new ResidentDraft(name, DocumentType.ResidentIdCard, IdNumber(birth, male), null, type, relation, tags.Select(t => new ResidentTagInput(t)).ToList());
        var result = await services.GetRequiredService<RegisterResident>().HandleAsync(caller, new(householdId, draft, false, null, null));
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value!;
    }

    public static async Task<long> UnitIdAsync(IServiceProvider services, string code) =>
        await services.GetRequiredService<LinliDb>().OrgUnits.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();

    public static async Task<long> UnitIdAsync(TestApp app, string code)
    {
        await using var scope = app.Scope();
        return await UnitIdAsync(scope.ServiceProvider, code);
    }
}
