using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class RatesQueryTests
{
    [Fact]
    public void RateCounts_Formulas_AndEmptyDenominators()
    {
        var counts = new RateCounts(Received: 5, RespondedInTime: 3, DueForResolution: 4, Resolved: 3, Reached: 2, Satisfied: 1);
        Assert.Equal((0.6, 0.75, 0.5), (counts.ResponseRate!.Value, counts.ResolutionRate!.Value, counts.SatisfactionRate!.Value));
        Assert.Null(RateCounts.Zero.ResponseRate);
        Assert.Equal(new RateCounts(10, 6, 8, 6, 4, 2), counts + counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rates_HandCheckedFixture_ByStreetChildCategoryMonthAndRanking(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using (var seed = core.Scope())
        {
            await RatesFixture.SeedAsync(seed.ServiceProvider.GetRequiredService<LinliDb>());
        }
        var street = await core.CallerAtAsync(RequestsFixture.LaojieStreet, Role.StreetOffice);
        await using var scope = core.Scope();
        var query = new RatesQuery(scope.ServiceProvider.GetRequiredService<LinliDb>(), new FixedClock(RatesFixture.Now));

        var report = (await query.HandleAsync(street, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))).Value!;

        Assert.Equal(new RateCounts(5, 3, 4, 3, 2, 1), report.Total);
        var binxi = report.Children.Single(c => c.Name == "滨西社区居民委员会").Counts;
        var xinhua = report.Children.Single(c => c.Key.EndsWith(RatesFixture.Xinhua + "/", StringComparison.Ordinal)).Counts;
        Assert.Equal(new RateCounts(3, 2, 3, 2, 1, 0), binxi);
        Assert.Equal(new RateCounts(2, 1, 1, 1, 1, 1), xinhua);
        Assert.Equal([("01", 2), ("02", 3)], report.Categories.Select(c => (c.Key, c.Counts.Received)));
        Assert.Equal("2026-11", Assert.Single(report.Months).Key);
        // 新华 (satisfaction 100 %) ranks above 滨西 (0 %); communities without requests come last.
        Assert.Equal(xinhua, report.Communities[0].Counts);
        Assert.Equal(binxi, report.Communities[1].Counts);
        Assert.All(report.Communities.Skip(2), c => Assert.Equal(0, c.Counts.Received));

        var city = await core.CallerAtAsync("4111", Role.CivilAffairs);
        var cityReport = (await query.HandleAsync(city, "4111", new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30))).Value!;
        Assert.Equal(7, cityReport.Total.Received); // + R6 (October) + R7 (郾城区)
        Assert.Equal(["2026-10", "2026-11"], cityReport.Months.Select(m => m.Key));
        Assert.Equal(1, cityReport.Months[0].Counts.Received);

        var outside = await query.HandleAsync(street, RatesFixture.Songshan, null, null);
        Assert.Equal("unit", outside.Failure!.Field);
        var backwards = await query.HandleAsync(street, null, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1));
        Assert.Equal("to", backwards.Failure!.Field);
    }
}
