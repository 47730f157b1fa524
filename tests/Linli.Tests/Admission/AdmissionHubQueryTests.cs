using System.Data.Common;
using Linli.Core.Data;
using Linli.Core.Features.Admission;
using Linli.Core.Features.Standards;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Admission.AdmissionFixture;

namespace Linli.Tests.Admission;

/// <summary>The admission hub (/admission) lists a review group's queue with its flags in a fixed number of SQL commands.</summary>
public class AdmissionHubQueryTests
{
    /// <summary>Counts every command the app sends; each test has its own services, so nothing else runs through it.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hub_ListsPendingRequestsWithFlags_InTheSameNumberOfCommandsFor5And50(string provider)
    {
        var counter = new CommandCounter();
        await using var f = await CreateAsync(provider, services => services.ConfigureDbContext<LinliDb>((_, o) => o.AddInterceptors(counter)));
        await f.RunAsync(async sp =>
        {
            var bureau = new Linli.Core.Features.Accounts.Caller("b", "民政局", Linli.Core.Features.Accounts.Role.CivilAffairs, f.Member3.OrgUnitId, f.Member3.Scope);
            return Ok(await sp.GetRequiredService<SetStandard>().HandleAsync(bureau, new("4111", StandardCatalog.AssessmentsPerYearCap, 1, null, new(2020, 1, 1), null, "测试")));
        });
        var start = new DateOnly(Today.Year, 1, 1);
        await f.AdmitAsync(Command(AdmissionKind.Assessment, "卫生考核", communities: [Binxi], start: start, end: start.AddYears(1)));

        await FileAsync(f, 5);
        var (fewCommands, few) = await HubAsync(f, counter);
        Assert.Equal(5, few.Count(r => r.Status == AdmissionStatus.Submitted));
        await AssertFlagsAsOneByOneAsync(f, few);

        await FileAsync(f, 45);
        var (manyCommands, many) = await HubAsync(f, counter);
        Assert.Equal(50, many.Count(r => r.Status == AdmissionStatus.Submitted));
        await AssertFlagsAsOneByOneAsync(f, many);
        // Every kind of flag the hub can show occurs, so no branch is skipped by a lucky fixture.
        Assert.Equal([FlagKind.NegativeList, FlagKind.CoveredByList, FlagKind.FundsMissing, FlagKind.ExceedsCap],
            many.SelectMany(r => r.Flags).Distinct().Order().ToArray());

        Assert.Equal(fewCommands, manyCommands);
        Assert.InRange(manyCommands, 1, 10);
    }

    /// <summary>Files a mix: assessments over the cap (two years), negative-list certificates, list-covered tasks without funds, plain tasks.</summary>
    private static async Task FileAsync(AdmissionFixture f, int count)
    {
        var start = new DateOnly(Today.Year, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var command = (i % 4) switch
            {
                0 => Command(AdmissionKind.Assessment, $"卫生评比{i}", communities: [Binxi], start: start, end: start.AddYears(1)),
                1 => Command(AdmissionKind.Certificate, $"开具居住证明{i}"),
                2 => Command(AdmissionKind.WorkTask, $"协助做好居民健康档案管理{i}"),
                _ => Command(AdmissionKind.WorkTask, $"防汛宣传{i}", target: Xinhua),
            };
            Ok(await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(i % 2 == 0 ? f.Department : f.OtherDepartment, command)));
        }
    }

    private static async Task<(int Commands, IReadOnlyList<AdmissionQueries.RequestRow> Rows)> HubAsync(AdmissionFixture f, CommandCounter counter) =>
        await f.RunAsync(async sp =>
        {
            var queries = sp.GetRequiredService<AdmissionQueries>();
            counter.Reset();
            var rows = await queries.RequestsAsync(f.Chair);
            return (counter.Count, rows);
        });

    /// <summary>The page's flags are exactly those the request's own page computes for it alone.</summary>
    private static async Task AssertFlagsAsOneByOneAsync(AdmissionFixture f, IReadOnlyList<AdmissionQueries.RequestRow> rows)
    {
        foreach (var row in rows.Where(r => r.Status == AdmissionStatus.Submitted))
        {
            var alone = await f.RunAsync(async sp =>
            {
                var request = await sp.GetRequiredService<LinliDb>().AdmissionRequests.AsNoTracking().SingleAsync(r => r.Id == row.Id);
                return (await sp.GetRequiredService<ReviewFlags>().ForAsync(request)).Flags.Select(x => x.Kind).Distinct().ToList();
            });
            Assert.Equal(alone, row.Flags);
        }
    }
}
