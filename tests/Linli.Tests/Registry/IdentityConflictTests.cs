using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

public class IdentityConflictTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SameIdInTwoCommunities_BothSupervisorsSeeIt_AndResolvingMovesThePerson(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);
        var draft = new ResidentDraft("张三", DocumentType.ResidentIdCard, two.IdA, null, ResidenceType.Floating, "户主", []);
        await using (var scope = core.Scope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<RegisterResident>().HandleAsync(two.WorkerB, new(two.HouseholdB, draft, true, null, null));
            Assert.Equal(FailureKind.Conflict, refused.Failure!.Kind);
        }

        await using var work = core.Scope("shequ-b");
        var list = work.ServiceProvider.GetRequiredService<IdentityConflictList>();
        var seenByA = Assert.Single((await list.HandleAsync(two.WorkerA)).Value!);
        var seenByB = Assert.Single((await list.HandleAsync(two.WorkerB)).Value!);
        Assert.Equal(seenByA.Id, seenByB.Id);
        Assert.Equal(("滨西社区居民委员会", "新华社区居民委员会"), (seenByA.ExistingCommunity, seenByA.ClaimingCommunity));
        Assert.DoesNotContain(two.IdA, seenByA.DocumentMasked, StringComparison.Ordinal);
        var other = await core.CallerAtAsync("411102001003", Role.CommunityWorker);
        Assert.Empty((await list.HandleAsync(other)).Value!);
        Assert.Equal(FailureKind.Forbidden, (await list.HandleAsync(await core.CallerAtAsync(RegistryFixture.CommunityA, Role.GridWorker))).Failure!.Kind);

        var resolve = work.ServiceProvider.GetRequiredService<ResolveIdentityConflict>();
        Assert.Equal("note", (await resolve.HandleAsync(two.WorkerB, new(seenByB.Id, ConflictOutcome.PersonMovedToClaimingCommunity, ""))).Failure!.Field);
        Assert.Equal(FailureKind.NotFound, (await resolve.HandleAsync(other, new(seenByB.Id, ConflictOutcome.ExistingIsCorrect, "核实过"))).Failure!.Kind);
        var resolved = await resolve.HandleAsync(two.WorkerB, new(seenByB.Id, ConflictOutcome.PersonMovedToClaimingCommunity, "本人已租住新华社区，电话核实"));
        Assert.True(resolved.Ok, resolved.Failure?.Message.Zh);
        Assert.Empty((await list.HandleAsync(two.WorkerA)).Value!);
        Assert.Single((await list.HandleAsync(two.WorkerA, includeResolved: true)).Value!);

        // Now community B registers the person: the same record moves in, with its history.
        var registered = await work.ServiceProvider.GetRequiredService<RegisterResident>().HandleAsync(two.WorkerB, new(two.HouseholdB, draft, true, null, null));
        Assert.True(registered.Ok, registered.Failure?.Message.Zh);
        Assert.Equal(two.ZhangSan, registered.Value!.Id);
        var db = work.ServiceProvider.GetRequiredService<LinliDb>();
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(IdentityConflict)).ToListAsync(),
            e => e.Actor == "shequ-b" && e.OrgPath != null && e.Summary!.Contains("已处理", StringComparison.Ordinal));
        Assert.Equal(ResidentStatus.Active, (await db.Residents.AsNoTracking().SingleAsync(r => r.Id == two.ZhangSan)).Status);
    }
}
