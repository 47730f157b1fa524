using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Import;

/// <summary>
/// Runs a queued <see cref="ImportJob"/>: the web host's background worker and the CLI both call
/// this. Progress is written to the job row while the file is read, so the job page can show it.
/// </summary>
public sealed class RunImportJob(LinliDb db, LinliPaths paths, ResidentImporter importer, AuditActor actor, TimeProvider clock, IServiceScopeFactory scopes)
{
    public async Task<ImportJob> HandleAsync(long jobId, Action<int>? progress = null, CancellationToken ct = default)
    {
        // Claimed in one statement: of several instances (or a restart racing a queue), one runs it.
        var claimed = await db.ImportJobs.Where(j => j.Id == jobId && j.Status == ImportJobStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Running).SetProperty(j => j.StartedAt, clock.GetUtcNow().UtcDateTime), ct);
        var job = await db.ImportJobs.FirstAsync(j => j.Id == jobId, ct);
        if (claimed == 0)
        {
            return job;
        }
        (actor.UserId, actor.Name) = (job.UserId, job.Actor);

        var caller = new Caller(job.UserId ?? "", job.Actor, job.Role, job.OrgUnitId, new OrgPath(job.OrgPath));
        var file = StartImportJob.StoredFile(paths, job);
        ImportOutcome outcome;
        try
        {
            await using var stream = File.OpenRead(file);
            var shown = 0;
            outcome = await importer.RunAsync(caller, new(stream, job.FileName, job.Mode), percent =>
            {
                progress?.Invoke(percent);
                // Only while reading: during the write SQLite's lock belongs to the import's transaction.
                if (percent <= 80 && percent > shown)
                {
                    shown = percent;
                    SaveProgress(jobId, percent);
                }
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The transaction was rolled back; record the failure on the job rather than leave it "running".
            // Only the exception's type is kept: its text may quote cell values.
            outcome = ImportOutcome.Failed(new($"导入时发生内部错误（{e.GetType().Name}），未写入任何数据，请联系管理员",
                $"An internal error ({e.GetType().Name}) stopped the import; nothing was written. Contact the administrator"));
        }
        finally
        {
            File.Delete(file);
        }

        db.ChangeTracker.Clear();
        job = await db.ImportJobs.FirstAsync(j => j.Id == jobId, ct);
        job.Status = outcome.Succeeded ? ImportJobStatus.Succeeded : ImportJobStatus.Failed;
        (job.Total, job.Inserted, job.Updated, job.Unchanged, job.Errors) = (outcome.Total, outcome.Inserted, outcome.Updated, outcome.Unchanged, outcome.ErrorRows);
        (job.MessageZh, job.MessageEn) = (outcome.Message?.Zh, outcome.Message?.En);
        job.Progress = 100;
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        db.ImportRowErrors.AddRange(outcome.Issues.Select(i => new ImportRowError
        {
            JobId = jobId, RowNumber = i.RowNumber, Column = Truncate(i.Column, 40), MessageZh = Truncate(i.Message.Zh, 300), MessageEn = Truncate(i.Message.En, 300),
        }));
        await db.SaveChangesAsync(ct);
        return job;
    }

    /// <summary>Marks a job that was cut off (the host stopped mid-run) as failed; its file is gone or stale.</summary>
    public async Task FailInterruptedAsync(ImportJob job, CancellationToken ct)
    {
        job.Status = ImportJobStatus.Failed;
        job.MessageZh = "导入被中断（服务重启），未写入任何数据，请重新上传";
        job.MessageEn = "The import was interrupted (the service restarted); nothing was written. Upload the file again";
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        File.Delete(StartImportJob.StoredFile(paths, job));
    }

    private void SaveProgress(long jobId, int percent)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<LinliDb>().ImportJobs.Where(j => j.Id == jobId).ExecuteUpdate(s => s.SetProperty(j => j.Progress, percent));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
