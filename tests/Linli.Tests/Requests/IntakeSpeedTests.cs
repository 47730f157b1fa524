using Linli.Core;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

/// <summary>What the intake's speed-ups must not change: unique tracking numbers across instances, fresh reference data.</summary>
public class IntakeSpeedTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NumberBlocks_OfTwoInstances_NeverShareANumber(string provider)
    {
        // Two app instances on one database: two services providers, each with its own blocks.
        await using var first = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        var config = new ConfigurationBuilder().AddInMemoryCollection(first.Database.Settings).Build();
        await using var second = new ServiceCollection().AddLogging()
            .AddLinliCore(config, new Linli.Core.Common.LinliPaths(first.Database.DataDirectory, Linli.Core.Common.LinliPaths.FindHome())).BuildServiceProvider();
        var instances = new[] { first.Services, second };
        var now = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

        var taken = await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            var numbers = new List<(int Instance, string Number)>();
            for (var i = 0; i < 40; i++)
            {
                var instance = (worker + i) % 2;
                await using var scope = instances[instance].CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
                numbers.Add((instance, await scope.ServiceProvider.GetRequiredService<TrackingNumberBlocks>().NextAsync(db, now, default)));
            }
            return numbers;
        })));

        var all = taken.SelectMany(t => t).ToList();
        Assert.Equal(240, all.Count);
        Assert.Equal(240, all.Select(n => n.Number).Distinct().Count());
        Assert.All(all, n => Assert.Matches(@"^Q20261201-\d{6}$", n.Number));
        // Blocks: the counter row moved once per block, not once per number.
        await using var check = first.Scope();
        var last = await check.ServiceProvider.GetRequiredService<LinliDb>().RequestNumberCounters.SingleAsync();
        Assert.Equal(0, last.Last % TrackingNumberBlocks.DefaultBlockSize);
        Assert.True(last.Last <= 240 + (2 * TrackingNumberBlocks.DefaultBlockSize), $"counter at {last.Last}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CachedCategories_FollowAChangeSavedThroughEf_AtOnce(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var (hotline, draft) = await FirstIntakeAsync(core);
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            (await db.RequestCategories.SingleAsync(c => c.Code == "0101")).Active = false;
            await db.SaveChangesAsync();
        }
        await using (var scope = core.Scope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<CreateRequest>().HandleAsync(hotline, draft);
            Assert.Equal("category", refused.Failure?.Field);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Intake_StoresEveryMappedField_AsTheUseCaseBuiltIt(string provider)
    {
        // On PostgreSQL the intake writes with one hand-built statement instead of SaveChanges: every
        // column of the request and of both transitions (Receive and Route) must read back as built.
        await using var core = await CoreServices.CreateAsync(provider);
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        CreatedRequest created;
        await using (var scope = core.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<CreateRequest>().HandleAsync(hotline, new RequestDraft(
                RequestChannel.Hotline, "0101", RequestsFixture.Binxi, "滨河路路灯不亮，已经三天", ContactName: "王女士", Phone: "13912345678",
                Address: "滨河路18号", Latitude: 33.58, Longitude: 114.02, NotifyOptIn: true, Route: true, RouteToCode: RequestsFixture.Binxi,
                ContactEmail: "wang@example.cn", Language: "en"));
            Assert.True(result.Ok, result.Failure?.Message.Zh);
            created = result.Value!;
        }
        Assert.Equal(2, created.Request.History.Count);

        await using var check = core.Scope();
        var db = check.ServiceProvider.GetRequiredService<LinliDb>();
        var stored = await db.ServiceRequests.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Id == created.Request.Id);
        foreach (var property in db.Model.FindEntityType(typeof(ServiceRequest))!.GetProperties())
        {
            Assert.True(Equal(property.GetGetter().GetClrValue(created.Request), property.GetGetter().GetClrValue(stored)), $"ServiceRequest.{property.Name}");
        }
        var transitions = stored.History.OrderBy(t => t.Id).ToList();
        Assert.Equal([RequestAction.Receive, RequestAction.Route], transitions.Select(t => t.Action));
        foreach (var (built, read) in created.Request.History.Zip(transitions))
        {
            foreach (var property in db.Model.FindEntityType(typeof(RequestTransition))!.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                Assert.True(Equal(property.GetGetter().GetClrValue(built), property.GetGetter().GetClrValue(read)), $"RequestTransition.{property.Name}");
            }
        }
    }

    /// <summary>Byte arrays by content; times to the microsecond PostgreSQL keeps (SQLite may read them back with another Kind).</summary>
    private static bool Equal(object? a, object? b) => (a, b) switch
    {
        (byte[] x, byte[] y) => x.SequenceEqual(y),
        (DateTime x, DateTime y) => Math.Abs((x - y).Ticks) < 10,
        _ => Equals(a, b),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CachedPlace_FollowsAUnitChangeSavedThroughEf_AtOnce(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var (hotline, draft) = await FirstIntakeAsync(core);
        await using (var scope = core.Scope())
        {
            // The committee is no longer a place requests can name (here: made a street-level unit).
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            (await db.OrgUnits.SingleAsync(u => u.Code == RequestsFixture.Binxi)).Kind = Linli.Core.Features.Hierarchy.OrgUnitKind.Street;
            await db.SaveChangesAsync();
        }
        await using (var scope = core.Scope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<CreateRequest>().HandleAsync(hotline, draft);
            Assert.Equal("place", refused.Failure?.Field);
        }
    }

    /// <summary>A hotline operator's intake at 滨西社区, once, so the caches hold its category and place.</summary>
    private static async Task<(Caller Hotline, RequestDraft Draft)> FirstIntakeAsync(CoreServices core)
    {
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        var draft = new RequestDraft(RequestChannel.Hotline, "0101", RequestsFixture.Binxi, "滨河路路灯不亮", Phone: "13912345678");
        await using var scope = core.Scope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<CreateRequest>().HandleAsync(hotline, draft)).Ok);
        return (hotline, draft);
    }
}
