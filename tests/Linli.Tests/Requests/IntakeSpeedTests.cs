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
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        var draft = new RequestDraft(RequestChannel.Hotline, "0101", RequestsFixture.Binxi, "滨河路路灯不亮", Phone: "13912345678");
        await using (var scope = core.Scope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<CreateRequest>().HandleAsync(hotline, draft)).Ok);
        }
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
}
