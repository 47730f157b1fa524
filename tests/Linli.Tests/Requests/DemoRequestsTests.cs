using System.Diagnostics;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Linli.Tests.Requests;

public class DemoRequestsTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoRequests_AreDeterministic_SpreadOver90Days_WalkedThroughTheWorkflow_AndTrackableWithTheDemoCode(string provider)
    {
        async Task<List<(string, long, string, DateTime, RequestStatus)>> SeedAsync(CoreServices core)
        {
            await using var scope = core.Scope();
            var sw = Stopwatch.StartNew();
            Assert.Equal(SeedDemoRequests.Count, await scope.ServiceProvider.GetRequiredService<SeedDemoRequests>().HandleAsync("4111", 4111));
            output.WriteLine($"{provider}: {SeedDemoRequests.Count} demo requests in {sw.ElapsedMilliseconds} ms");
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            return (await db.ServiceRequests.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Description, r.CategoryId, r.Path, r.ReceivedAt, r.Status }).ToListAsync())
                .Select(r => (r.Description, r.CategoryId, r.Path, r.ReceivedAt, r.Status)).ToList();
        }

        await using var first = await CoreServices.CreateAsync(provider);
        await using var second = await CoreServices.CreateAsync(TestDatabase.Sqlite);
        var a = await SeedAsync(first);
        var b = await SeedAsync(second);
        Assert.Equal(a.Select(x => (x.Item1, x.Item3, x.Item5)), b.Select(x => (x.Item1, x.Item3, x.Item5)));

        var oldest = a.Min(x => x.Item4);
        Assert.InRange((DateTime.UtcNow - oldest).TotalDays, 60, 91);
        Assert.Contains(a, x => x.Item5 == RequestStatus.Closed);
        Assert.Contains(a, x => x.Item5 == RequestStatus.Reopened);
        Assert.Contains(a, x => x.Item5.IsOpen());

        await using var scope = first.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        Assert.True(await db.ServiceRequests.AllAsync(r => r.IsDemo));
        var number = await db.ServiceRequests.OrderBy(r => r.Id).Select(r => r.TrackingNumber).FirstAsync();
        Assert.True((await scope.ServiceProvider.GetRequiredService<TrackRequest>().HandleAsync(number, SeedDemoRequests.DemoCode)).Ok);

        var rates = await scope.ServiceProvider.GetRequiredService<RatesQuery>().HandleAsync(await first.CallerAtAsync("4111", Role.CivilAffairs), "4111", null, null);
        Assert.Equal(SeedDemoRequests.Count, rates.Value!.Total.Received);
        Assert.InRange(rates.Value.Total.SatisfactionRate!.Value, 0.6, 1.0);
    }
}
