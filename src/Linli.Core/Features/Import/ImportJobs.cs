using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Import;

/// <summary>
/// Accepts an upload as an <see cref="ImportJob"/>: checks it can be taken at all, keeps the file in
/// the data folder until the job has run, and records who sent it for which area.
/// </summary>
public sealed class StartImportJob(LinliDb db, LinliPaths paths, TimeProvider clock)
{
    public async Task<Result<ImportJob>> HandleAsync(Caller caller, Stream file, string fileName, long size, ImportMode mode, CancellationToken ct = default)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return Failure.Forbidden("当前角色不能导入居民信息", "Your role may not import residents");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv" or ".txt"))
        {
            return Failure.Invalid("file", "请上传.xlsx或.csv文件（可从本页下载模板）", "Upload an .xlsx or .csv file (the template is on this page)");
        }
        if (size == 0)
        {
            return Failure.Invalid("file", "文件为空", "The file is empty");
        }
        if (size > ImportLimits.MaxFileBytes)
        {
            return new Failure(FailureKind.Invalid, ImportLimits.FileTooLarge, "file");
        }
        var job = new ImportJob
        {
            UserId = caller.UserId,
            Actor = caller.Name,
            Role = caller.Role,
            OrgUnitId = caller.OrgUnitId,
            OrgPath = caller.Scope.Value,
            FileName = Path.GetFileName(fileName),
            FileSize = size,
            Mode = mode,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        Directory.CreateDirectory(StoredFolder(paths));
        await using (var stored = File.Create(StoredFile(paths, job)))
        {
            await file.CopyToAsync(stored, ct);
        }
        return job;
    }

    internal static string StoredFolder(LinliPaths paths) => Path.Combine(paths.DataDirectory, "imports");

    /// <summary>The upload waiting for its job; owner-only like the rest of the data folder, deleted after the run.</summary>
    internal static string StoredFile(LinliPaths paths, ImportJob job) =>
        Path.Combine(StoredFolder(paths), $"{job.Id}{Path.GetExtension(job.FileName).ToLowerInvariant()}");
}

/// <summary>Lists and reads import jobs, limited to the caller's subtree.</summary>
public sealed class ImportJobQueries(LinliDb db)
{
    public async Task<Result<ImportJob>> JobAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        return job is not null && caller.CanSee(job.OrgPath) ? job : Failure.NotFound("未找到该导入任务", "Import job not found");
    }

    public async Task<List<ImportRowError>> ErrorsAsync(long jobId, int take, CancellationToken ct = default) =>
        await db.ImportRowErrors.AsNoTracking().Where(e => e.JobId == jobId).OrderBy(e => e.RowNumber).ThenBy(e => e.Id).Take(take).ToListAsync(ct);

    public async Task<List<ImportJob>> RecentAsync(Caller caller, int take, CancellationToken ct = default)
    {
        var jobs = db.ImportJobs.AsNoTracking();
        if (caller.Scope.Value.Length > 0)
        {
            var (lo, hi) = (caller.Scope.Value, caller.Scope.End);
#pragma warning disable CA1309, CA1310 // translated to SQL range comparisons on the ordinal-collated column
            jobs = jobs.Where(j => j.OrgPath.CompareTo(lo) >= 0 && j.OrgPath.CompareTo(hi) < 0);
#pragma warning restore CA1309, CA1310
        }
        return await jobs.OrderByDescending(j => j.Id).Take(take).ToListAsync(ct);
    }
}
