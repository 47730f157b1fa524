using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Demo;

/// <summary>`demo seed --province CODE --residents N` at small size, on SQLite and PostgreSQL.</summary>
public class ProvinceSeedTests
{
    private const string District = "411102"; // 源汇区, 漯河市
    private const int Residents = 2_000;
    private const int Seed = 11;

    private sealed record Person(string Community, string Name, string Number, string? Phone, DateOnly? BirthDate, string Path);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedsExactlyN_ValidAndPlaced_TotalsAgree_AndTheSameSeedGivesTheSamePeopleInAnyChunking(string provider)
    {
        // One run the way the CLI does it (divisions imported on demand, one chunk)...
        await using var first = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using (var scope = first.Scope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedProvinceAsync(District, Residents, Seed);
            Assert.Null(seeded.Failure);
            Assert.Equal(Residents, seeded.Value!.Residents);
        }
        // ...and one committed every 300 residents, into divisions imported beforehand.
        await using var second = await CoreServices.CreateAsync(provider, divisionsPrefix: District);
        await using (var scope = second.Scope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoPopulation>().HandleResidentsAsync(District, Residents, Seed, residentsPerChunk: 300);
            Assert.Null(seeded.Failure);
        }

        var people = await PeopleAsync(first);
        Assert.Equal(Residents, people.Count);
        Assert.Equal(people, await PeopleAsync(second));
        Assert.Equal(people.Count, people.Select(p => p.Number).Distinct().Count());

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.All(people, p =>
        {
            Assert.True(IdNumber.Validate(p.Number, today).IsValid, "a generated ID number fails GB 11643");
            Assert.Equal(p.Community[..6], p.Number[..6]); // region code of the committee's county
            Assert.Equal(p.BirthDate, DateOnly.ParseExact(p.Number[6..14], "yyyyMMdd"));
            Assert.StartsWith("41/4111/411102/", p.Path);
        });
        Assert.Contains(people, p => p.Phone is not null);

        await using var check = first.Scope();
        var db = check.ServiceProvider.GetRequiredService<LinliDb>();
        // Spread evenly: every committee of the district holds N / committees, give or take one.
        var committees = await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Community && o.Code.StartsWith(District));
        var perCommittee = await db.Residents.GroupBy(r => r.CommunityId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(committees, perCommittee.Count);
        Assert.True(perCommittee.Max() - perCommittee.Min() <= 1, $"uneven spread {perCommittee.Min()}..{perCommittee.Max()}");
        Assert.True(await db.ResidentTags.AnyAsync(), "no key-group tags");
        Assert.True(await db.Residents.AnyAsync(r => r.ResidenceType == ResidenceType.Floating), "no floating population");
        Assert.Equal(Residents, await db.ResidentEvents.CountAsync(e => e.Kind == ResidentEventKind.Registered));

        foreach (var services in new[] { first, second })
        {
            await using var scope = services.Scope();
            await AssertTotalsAgreeWithCountsAsync(scope.ServiceProvider.GetRequiredService<LinliDb>());
        }
    }

    private static async Task AssertTotalsAgreeWithCountsAsync(LinliDb db)
    {
        var counted = await db.Residents.Where(r => r.Status == ResidentStatus.Active).GroupBy(r => r.CommunityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => (long)g.Count);
        var households = await db.Households.GroupBy(h => h.CommunityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => (long)g.Count);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"CommunityId\", \"Residents\", \"Households\" FROM community_totals WHERE \"Residents\" <> 0 OR \"Households\" <> 0";
        var totals = new Dictionary<long, long>();
        var householdTotals = new Dictionary<long, long>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                totals[reader.GetInt64(0)] = reader.GetInt64(1);
                householdTotals[reader.GetInt64(0)] = reader.GetInt64(2);
            }
        }
        await connection.CloseAsync();
        Assert.Equal(counted.OrderBy(c => c.Key), totals.Where(t => t.Value != 0).OrderBy(t => t.Key));
        Assert.Equal(households.OrderBy(c => c.Key), householdTotals.Where(t => t.Value != 0).OrderBy(t => t.Key));
    }

    private static async Task<List<Person>> PeopleAsync(CoreServices services)
    {
        await using var scope = services.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var rows = await db.Residents.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { Community = db.OrgUnits.Where(o => o.Id == r.CommunityId).Select(o => o.Code).First(), r.Name, r.DocumentCipher, r.PhoneCipher, r.BirthDate, r.Path })
            .ToListAsync();
        return [.. rows.Select(r => new Person(r.Community, r.Name, protector.Decrypt(r.DocumentCipher),
            r.PhoneCipher is null ? null : protector.Decrypt(r.PhoneCipher), r.BirthDate, r.Path))];
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadOptions_AreRefusedInChinese_AndWriteNothing(string provider)
    {
        await using var services = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using var scope = services.Scope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

        Assert.Contains("区划代码应为2到12位数字", (await seeder.SeedProvinceAsync("41a", 10, Seed)).Failure!.Message.Zh);
        Assert.Contains("居民数应在1到", (await seeder.SeedProvinceAsync(District, 0, Seed)).Failure!.Message.Zh);
        Assert.Contains("不在区划文件中", (await seeder.SeedProvinceAsync("419999", 10, Seed)).Failure!.Message.Zh);
        Assert.Contains("每个最多", (await seeder.SeedProvinceAsync(District, 100_000_000, Seed)).Failure!.Message.Zh);
        Assert.Equal(0, await db.Residents.CountAsync());
    }
}
