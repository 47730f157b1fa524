using System.Diagnostics;
using System.Text;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Workers;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Linli.Tests.Standards;

/// <summary>A city-sized roster: 3,000 workers over every community of 漯河市, imported in one file, then the city's gap.</summary>
public class StaffingScaleTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CityRoster_ImportsAndRollsUpInSeconds(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var communities = await sp.GetRequiredService<LinliDb>().OrgUnits.Where(o => o.Kind == OrgUnitKind.Community).Select(o => o.Code).ToListAsync();
        var csv = new StringBuilder("姓名,证件号码,社区代码,岗位,用工方式,入职日期,离职日期,学历\n");
        const int workers = 3000;
        for (var i = 0; i < workers; i++)
        {
            var birth = new DateOnly(1970, 1, 1).AddDays(i * 4);
            var left = i % 5 == 0 ? "2025-08-31" : "";
            csv.Append($"工作者{i},{TestIds.Make(birth, i % 2 == 0)},{communities[i % communities.Count]},网格员,公开招聘,2020-01-01,{left},本科\n");
        }

        var clock = Stopwatch.StartNew();
        var outcome = await sp.GetRequiredService<ImportWorkers>().HandleAsync(null, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "city.csv");
        var importTime = clock.Elapsed;
        Assert.True(outcome.Ok, string.Join("; ", outcome.Errors.Take(3).Select(e => e.Zh)));

        await using var readScope = core.Scope();
        var caller = await StaffingFixture.CallerAsync(readScope.ServiceProvider, "4111", Role.CivilAffairs);
        clock.Restart();
        var report = (await readScope.ServiceProvider.GetRequiredService<StaffingGapQuery>().HandleAsync(caller, "4111", 2025)).Value!;
        var gapTime = clock.Elapsed;

        output.WriteLine($"{provider}: {communities.Count} communities; import of {workers} workers {importTime.TotalSeconds:0.00} s; city gap {gapTime.TotalMilliseconds:0} ms");
        Console.WriteLine($"[scale] {provider}: {communities.Count} communities; import of {workers} workers {importTime.TotalSeconds:0.00} s; city gap {gapTime.TotalMilliseconds:0} ms");
        Assert.Equal((2400, 3000, 600, 20.0m), (report.Total.Actual, report.Total.OnRollInYear, report.Total.LeftInYear, report.Total.TurnoverPercent));
        Assert.Equal(workers, report.Children.Sum(c => c.OnRollInYear));
        Assert.True(importTime < TimeSpan.FromSeconds(60) && gapTime < TimeSpan.FromSeconds(5), $"import {importTime}, gap {gapTime}");
    }
}
