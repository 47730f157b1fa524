using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Import;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Import.ImportFiles;

namespace Linli.Tests.Import;

/// <summary>A queued import runs once, however many workers (instances) reach for it at the same time.</summary>
public class ImportJobClaimTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoWorkersRunningTheSameJob_ImportItOnce(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);
        long jobId;
        await using (var scope = core.Scope())
        {
            var file = Csv(Header, Row("赵一", Id("19800101", 41)), Row("钱二", Id("19810202", 52), relation: "配偶"));
            var started = await scope.ServiceProvider.GetRequiredService<StartImportJob>().HandleAsync(caller, file, "twice.csv", file.Length, ImportMode.AllOrNothing);
            Assert.True(started.Ok, started.Failure?.Message.Zh);
            jobId = started.Value!.Id;
        }

        async Task<ImportJob> RunAsync()
        {
            await using var scope = core.Scope();
            return await scope.ServiceProvider.GetRequiredService<RunImportJob>().HandleAsync(jobId);
        }
        await Task.WhenAll(RunAsync(), RunAsync());

        await using var check = core.Scope();
        var db = check.ServiceProvider.GetRequiredService<LinliDb>();
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId);
        Assert.Equal(ImportJobStatus.Succeeded, job.Status);
        Assert.Equal(2, job.Inserted);
        Assert.Equal(2, await db.Residents.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "import"));
    }
}
