using System.Diagnostics;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Import;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Linli.Tests.Import;

public class LargeImportTests(ITestOutputHelper output)
{
    /// <summary>The 100,000-row file: generated over the real communities of 漯河市, imported in one transaction.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_100000Rows_InsertsEveryRow(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var file = Path.Combine(core.Database.DataDirectory, "100k.csv");
        await using (var scope = core.Scope())
        {
            Assert.Equal(100_000, await scope.ServiceProvider.GetRequiredService<SampleResidentFile>().WriteAsync(file, 100_000));
        }
        var caller = new Caller("", "test", Role.CivilAffairs, 0, new OrgPath(""));
        var watch = Stopwatch.StartNew();
        var percents = new List<int>();
        ImportOutcome outcome;
        await using (var scope = core.Scope())
        await using (var stream = File.OpenRead(file))
        {
            outcome = await scope.ServiceProvider.GetRequiredService<ResidentImporter>().RunAsync(caller, new(stream, "100k.csv", ImportMode.AllOrNothing), percents.Add);
        }
        output.WriteLine($"{provider}: 100,000 rows in {watch.Elapsed.TotalSeconds:F1} s");

        Assert.True(outcome.Succeeded, outcome.Message?.En);
        Assert.Equal((100_000, 100_000, 0), (outcome.Total, outcome.Inserted, outcome.ErrorRows));
        Assert.Equal(100, percents[^1]);
        Assert.True(percents.Distinct().Count() > 5, "progress must move while the file is read");
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            Assert.Equal(100_000, await db.Residents.CountAsync());
            Assert.Equal(await db.Households.CountAsync(), await db.Households.CountAsync(h => h.HeadResidentId != null));
            Assert.Equal(0, await db.Residents.CountAsync(r => r.HouseholdId == null));
        }
    }
}
