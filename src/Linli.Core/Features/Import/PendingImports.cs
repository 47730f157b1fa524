using Linli.Core.Common;
using System.Threading.Channels;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linli.Core.Features.Import;

/// <summary>Job ids waiting for the background worker; the upload request returns as soon as its id is queued.</summary>
public sealed class PendingImports
{
    private readonly Channel<long> _jobs = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(long jobId, CancellationToken ct = default) => _jobs.Writer.WriteAsync(jobId, ct);

    internal ChannelReader<long> Reader => _jobs.Reader;
}

/// <summary>
/// Runs queued imports one at a time (a second large import in parallel would only fight the first
/// for the database's write lock). On start it fails jobs a previous run left half-done and picks up
/// jobs still queued.
/// </summary>
public sealed class ImportWorker(PendingImports queue, IServiceScopeFactory scopes, LinliPaths paths, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken);
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var job = await scope.ServiceProvider.GetRequiredService<RunImportJob>().HandleAsync(jobId, ct: stoppingToken);
                logger.LogInformation("Import job {JobId} {Status}: {Total} rows, {Errors} with errors", job.Id, job.Status, job.Total, job.Errors);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The exception text may quote cell values; log its type only (no personal data in logs).
                logger.LogError("Import job {JobId} crashed with {ExceptionType}", jobId, e.GetType().Name);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
                await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Status, ImportJobStatus.Failed)
                    .SetProperty(j => j.MessageZh, "导入时发生内部错误，未写入任何数据，请联系管理员")
                    .SetProperty(j => j.MessageEn, "An internal error stopped the import; nothing was written. Contact the administrator"), CancellationToken.None);
            }
        }
    }

    private async Task RecoverAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        // Uploads are stored in the data folder of the instance that took them: a job whose file is
        // not here belongs to another instance on the same database and is left to it.
        bool Mine(ImportJob job) => File.Exists(StartImportJob.StoredFile(paths, job));
        foreach (var job in (await db.ImportJobs.Where(j => j.Status == ImportJobStatus.Running).ToListAsync(ct)).Where(Mine))
        {
            await scope.ServiceProvider.GetRequiredService<RunImportJob>().FailInterruptedAsync(job, ct);
        }
        foreach (var job in (await db.ImportJobs.Where(j => j.Status == ImportJobStatus.Queued).OrderBy(j => j.Id).ToListAsync(ct)).Where(Mine))
        {
            await queue.EnqueueAsync(job.Id, ct);
        }
    }
}
