using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Audit;

public class AuditLogQueryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditLog_ShowsOnlyTheCallersSubtree(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
            db.AuditEntries.AddRange(
                AuditEntry.ForBulk(actor, AuditActions.Export, "in 源汇区", "41/4111/411102/"),
                AuditEntry.ForBulk(actor, AuditActions.Export, "in 郾城区", "41/4111/411103/"),
                AuditEntry.ForBulk(actor, AuditActions.Export, "in 平顶山", "41/4104/"),
                AuditEntry.ForBulk(actor, AuditActions.SignIn, "user x"));
            await db.SaveChangesAsync();
        }
        await using var read = core.Scope();
        var query = read.ServiceProvider.GetRequiredService<AuditLogQuery>();

        var bureau = await core.CallerAtAsync("4111", Role.CivilAffairs);
        var seen = (await query.HandleAsync(bureau, new())).Value!.Entries.Select(e => e.Summary).ToList();
        Assert.Equal(["in 郾城区", "in 源汇区"], seen);

        var admin = await core.CallerAtAsync("4111", Role.SystemAdmin);
        Assert.Contains("user x", (await query.HandleAsync(admin, new())).Value!.Entries.Select(e => e.Summary));
        Assert.DoesNotContain("in 平顶山", (await query.HandleAsync(admin, new())).Value!.Entries.Select(e => e.Summary));

        var street = await core.CallerAtAsync("411102001", Role.StreetOffice);
        Assert.Equal(FailureKind.Forbidden, (await query.HandleAsync(street, new())).Failure!.Kind);
    }

    [Fact]
    public async Task AuditLog_PagesNewestFirst()
    {
        await using var core = await CoreServices.CreateAsync(TestDatabase.Sqlite);
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
            for (var i = 0; i < 5; i++)
            {
                db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Export, $"e{i}", "41/4111/"));
            }
            await db.SaveChangesAsync();
        }
        await using var read = core.Scope();
        var query = read.ServiceProvider.GetRequiredService<AuditLogQuery>();
        var bureau = await core.CallerAtAsync("4111", Role.CivilAffairs);

        var first = (await query.HandleAsync(bureau, new(PageSize: 3))).Value!;
        var second = (await query.HandleAsync(bureau, new(BeforeId: first.NextBeforeId, PageSize: 3))).Value!;

        Assert.Equal(["e4", "e3", "e2"], first.Entries.Select(e => e.Summary));
        Assert.Equal(["e1", "e0"], second.Entries.Select(e => e.Summary));
        Assert.Null(second.NextBeforeId);
    }
}
