using System.Data.Common;
using System.Text;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Demo;

/// <summary>The first start of the web app with generated demo households, on SQLite and PostgreSQL.</summary>
public class DemoSeedTests
{
    private const int HouseholdsPerCommunity = 2;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FirstStart_GeneratesHouseholdsPerCommittee_MarkedDemo_WithProtectedNumbers(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demoHouseholdsPerCommunity: HouseholdsPerCommunity);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

        var committees = await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Community);
        Assert.True(committees > 1300, $"漯河市 has 1,334 committees, got {committees}");
        var perCommittee = await db.Households.GroupBy(h => h.CommunityId).Select(g => g.Count()).Distinct().ToListAsync();
        Assert.Equal([HouseholdsPerCommunity], perCommittee);
        Assert.Equal(committees * HouseholdsPerCommunity, await db.Households.CountAsync(h => h.IsDemo));
        Assert.Equal(committees * 2, await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Grid && o.IsDemo));
        Assert.True(await db.OrgUnits.AnyAsync(o => o.Kind == OrgUnitKind.Building && o.IsDemo && o.EstateId != null));
        Assert.False(await db.Residents.AnyAsync(r => !r.IsDemo));
        Assert.True(await db.Residents.CountAsync() >= committees * HouseholdsPerCommunity);

        // Every household's head is its 户主 member, and members sit where their household does.
        var heads = await db.Households.Select(h => new { h.Path, Head = db.Residents.First(r => r.Id == h.HeadResidentId) }).ToListAsync();
        Assert.All(heads, h => Assert.Equal((DemoFamilies.Head, h.Path), (h.Head.RelationToHead, h.Head.Path)));
        Assert.Equal(await db.Residents.CountAsync(), await db.ResidentEvents.CountAsync(e => e.Kind == ResidentEventKind.Registered));
        Assert.Contains("residents", (await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.DemoSeed)).Summary);

        await AssertNumbersEncryptedAtRestAsync(db, scope.ServiceProvider.GetRequiredService<FieldProtector>());
        await AssertDemoRosterAsync(db, scope.ServiceProvider.GetRequiredService<FieldProtector>(), committees);
    }

    // Every demo community has a roster with one secretary, elected members for the current term and
    // protected, valid ID numbers whose birth date is the worker's own.
    private static async Task AssertDemoRosterAsync(LinliDb db, FieldProtector protector, int committees)
    {
        var secretaries = await db.CommunityWorkers.Where(w => w.Post == Linli.Core.Features.Workers.WorkerPost.Secretary)
            .GroupBy(w => w.CommunityId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(committees, secretaries.Count);
        Assert.All(secretaries, n => Assert.Equal(1, n));
        Assert.False(await db.CommunityWorkers.AnyAsync(w => !w.IsDemo));
        Assert.True(await db.CommunityWorkers.AnyAsync(w => w.LeaveDate != null), "some demo workers have left (turnover)");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var w in await db.CommunityWorkers.OrderBy(w => w.Id).Take(100).ToListAsync())
        {
            var number = protector.Decrypt(w.DocumentCipher);
            Assert.True(IdNumber.Validate(number, today).IsValid, w.DocumentMasked);
            Assert.Equal(w.BirthDate!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), number[6..14]);
            Assert.Equal(protector.Hash(number), w.DocumentHash);
            Assert.Equal(Mask.IdNumber(number), w.DocumentMasked);
            Assert.True(w.HireDate > w.BirthDate && (w.LeaveDate is null || w.LeaveDate > w.HireDate));
            Assert.Equal(w.CommitteeMember, w.TermStart is not null);
        }
    }

    // Reads the raw columns with plain SQL: what someone with a copy of the database file would see.
    private static async Task AssertNumbersEncryptedAtRestAsync(LinliDb db, FieldProtector protector)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"DocumentCipher\", \"DocumentMasked\", \"PhoneCipher\" FROM residents WHERE \"PhoneCipher\" IS NOT NULL ORDER BY \"Id\" LIMIT 200";
        await using DbDataReader reader = await cmd.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            var cipher = (byte[])reader[0];
            var number = protector.Decrypt(cipher);
            Assert.True(IdNumber.Validate(number, DateOnly.FromDateTime(DateTime.UtcNow)).IsValid);
            Assert.DoesNotContain(number, Encoding.UTF8.GetString(cipher), StringComparison.Ordinal);
            Assert.Equal(Mask.IdNumber(number), reader.GetString(1));
            var phoneCipher = (byte[])reader[2];
            var phone = protector.Decrypt(phoneCipher);
            Assert.DoesNotContain(phone, Encoding.UTF8.GetString(phoneCipher), StringComparison.Ordinal);
            rows++;
        }
        Assert.Equal(200, rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AfterSeeding_TheRegistryAddsPeopleAsUsual(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demoHouseholdsPerCommunity: 1);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var community = await db.OrgUnits.SingleAsync(o => o.Code == DemoCity.SampleCommunityCode);
        var household = await db.Households.SingleAsync(h => h.CommunityId == community.Id);
        var caller = new Caller("test", "测试社工", Role.CommunityWorker, community.Id, new OrgPath(community.Path));
        var draft = new ResidentDraft("张三", DocumentType.ResidentIdCard, "11010519491231002X", "13800138000", ResidenceType.Registered, "女儿", []);

        // Ids were given by the seeder; on PostgreSQL the identity sequences must have moved past them.
        var registered = await scope.ServiceProvider.GetRequiredService<RegisterResident>()
            .HandleAsync(caller, new RegisterResident.Command(household.Id, draft, false, null, null));

        Assert.True(registered.Ok, registered.Failure?.Message.En);
        Assert.False(registered.Value!.IsDemo);
        Assert.Equal(await db.Residents.MaxAsync(r => r.Id), registered.Value.Id);
    }

    [Fact]
    public async Task TestApp_ByDefault_StartsWithoutGeneratedPeople()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

        Assert.True(await db.OrgUnits.AnyAsync(o => o.Kind == OrgUnitKind.Community));
        Assert.False(await db.Residents.AnyAsync());
        Assert.False(await db.OrgUnits.AnyAsync(o => o.Kind == OrgUnitKind.Grid));
    }
}
