using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Hierarchy;

/// <summary>The trigger-maintained committee totals agree with direct counts after every kind of write.</summary>
public sealed class SubtreeTotalsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Totals_FollowInsertsMovesStatusChangesAndDeletes(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider, "411102");
        await using var scope = core.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var a = await db.OrgUnits.SingleAsync(u => u.Code == "411102001001");
        var b = await db.OrgUnits.SingleAsync(u => u.Code == "411102001002");
        var c = await db.OrgUnits.SingleAsync(u => u.Code == "411102002001");

        var inA = await RawRegistryRows.AddHouseholdAsync(db, a, 3);
        await RawRegistryRows.AddHouseholdAsync(db, a, 2);
        var inB = await RawRegistryRows.AddHouseholdAsync(db, b, 4);
        await RawRegistryRows.AddHouseholdAsync(db, c, 1);
        await AssertAgreeAsync(db, "411102001001", "411102001002", "411102002001", "411102001", "411102", "4111", "41");
        Assert.Equal(new SubtreeTotal(3, 9), await TotalOfAsync(db, "411102001"));

        // One moves out, one dies, one moves from A to B with the household, one record is removed.
        var members = await db.Residents.Where(r => r.HouseholdId == inA.Id).OrderBy(r => r.Id).ToListAsync();
        members[0].Status = ResidentStatus.MovedOut;
        members[1].Status = ResidentStatus.Deceased;
        await db.SaveChangesAsync();
        var moving = await db.Residents.Where(r => r.HouseholdId == inB.Id).ToListAsync();
        inB.CommunityId = a.Id;
        inB.Path = a.Path;
        foreach (var r in moving)
        {
            r.CommunityId = a.Id;
            r.Path = a.Path;
        }
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM resident_tags WHERE \"ResidentId\" = {members[2].Id}");
        await db.Database.ExecuteSqlAsync($"DELETE FROM residents WHERE \"Id\" = {members[2].Id}");

        await AssertAgreeAsync(db, "411102001001", "411102001002", "411102002001", "411102001", "411102", "4111", "41");
        Assert.Equal(new SubtreeTotal(3, 2 + 4), await TotalOfAsync(db, "411102001001"));
        Assert.Equal(new SubtreeTotal(0, 0), await TotalOfAsync(db, "411102001002"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Totals_FollowOneStatementBulkInsert(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider, "411102");
        await using var scope = core.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var a = await db.OrgUnits.SingleAsync(u => u.Code == "411102001001");
        var household = await RawRegistryRows.AddHouseholdAsync(db, a, 0);

        // The shape of a bulk path: one INSERT ... SELECT of many rows, as from a COPY staging table.
        var now = db.IsPostgres ? "now()" : "CURRENT_TIMESTAMP";
        var blob = db.IsPostgres ? "decode(md5(i::text), 'hex')" : "randomblob(16)";
        var series = db.IsPostgres
            ? "generate_series(1, 500) AS i"
            : "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 500) SELECT i FROM s)";
        var bulkInsert = $"""
            INSERT INTO residents ("HouseholdId", "CommunityId", "Path", "Name", "DocumentType", "DocumentCipher", "DocumentHash", "DocumentMasked",
                "RelationToHead", "ResidenceType", "Status", "IsDemo", "Version", "CreatedAt", "UpdatedAt")
            SELECT {household.Id}, {a.Id}, '{a.Path}', '批量' || i, 1, {blob}, {blob}, '***', '', 1, CASE WHEN i % 5 = 0 THEN 2 ELSE 1 END, {(db.IsPostgres ? "false" : "0")}, 0, {now}, {now}
            FROM {series}
            """;
        await db.Database.ExecuteSqlRawAsync(bulkInsert);

        Assert.Equal(new SubtreeTotal(1, 400), await TotalOfAsync(db, "411102"));
        await AssertAgreeAsync(db, "411102001001", "411102");
    }

    private static async Task<SubtreeTotal> TotalOfAsync(LinliDb db, string code) =>
        await SubtreeTotal.OfAsync(db, await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));

    private static async Task AssertAgreeAsync(LinliDb db, params string[] codes)
    {
        foreach (var code in codes)
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code);
            var direct = new SubtreeTotal(
                await db.Households.Under(unit.OrgPath).LongCountAsync(),
                await db.Residents.Under(unit.OrgPath).LongCountAsync(r => r.Status == ResidentStatus.Active));
            Assert.Equal(direct, await SubtreeTotal.OfAsync(db, unit));
        }
    }
}
