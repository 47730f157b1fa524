using Linli.Core.Common;
using Linli.Core.Features.Import;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Features.Import;

/// <summary>Resident import jobs, their error reports, the template and the resident export under /api/v1.</summary>
public static class ImportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder group)
    {
        var imports = group.MapGroup("/imports").WithTags("Import");
        imports.MapPost("", async (CurrentCaller current, StartImportJob start, PendingImports pending, IFormFile? file, [FromForm] string? mode, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return ApiResults.Problem(Failure.Invalid("file", "请选择要上传的文件（表单字段 file）", "Choose a file to upload (form field \"file\")"));
                }
                if (ParseMode(mode) is not { } parsed)
                {
                    return ApiResults.Problem(Failure.Invalid("mode", "导入方式 mode 应为 all 或 valid", "mode must be all or valid"));
                }
                await using var stream = file.OpenReadStream();
                var started = await start.HandleAsync(current.Value!, stream, file.FileName, file.Length, parsed, ct);
                if (started.Failure is { } failure)
                {
                    return ApiResults.Problem(failure);
                }
                await pending.EnqueueAsync(started.Value!.Id, ct);
                return Results.Accepted($"/api/v1/imports/{started.Value.Id}", JobView(started.Value));
            })
            // Bearer-token clients send no antiforgery token; the sign-in cookie is SameSite=Lax, so other sites cannot post with it.
            .DisableAntiforgery()
            .WithSummary("上传居民文件（multipart: file, mode=all|valid），返回导入任务 / upload a resident file");

        imports.MapGet("/template", () =>
            {
                // The writer is synchronous and Kestrel refuses synchronous writes; the template is a few KB.
                var buffer = new MemoryStream();
                ImportTemplate.Write(buffer);
                buffer.Position = 0;
                return Results.File(buffer, Xlsx, ImportTemplate.FileName);
            })
            .WithSummary("下载导入模板 / download the import template");

        imports.MapGet("/{id:long}", async (long id, CurrentCaller current, ImportJobQueries queries, CancellationToken ct) =>
                ApiResults.From(await queries.JobAsync(current.Value!, id, ct), job => Results.Ok(JobView(job))))
            .WithSummary("导入任务状态与进度 / import job status and progress");

        imports.MapGet("/{id:long}/errors", async (long id, CurrentCaller current, ImportJobQueries queries, CancellationToken ct) =>
            {
                var job = await queries.JobAsync(current.Value!, id, ct);
                if (job.Failure is { } failure)
                {
                    return ApiResults.Problem(failure);
                }
                var errors = await queries.ErrorsAsync(id, ImportLimits.MaxStoredIssues, ct);
                return Results.Ok(errors.Select(e => new { row = e.RowNumber, column = e.Column, message = e.MessageZh, messageEn = e.MessageEn }));
            })
            .WithSummary("逐行错误明细 / row-by-row errors");

        imports.MapGet("/{id:long}/errors.xlsx", async (long id, CurrentCaller current, ImportJobQueries queries, CancellationToken ct) =>
            {
                var job = await queries.JobAsync(current.Value!, id, ct);
                if (job.Failure is { } failure)
                {
                    return ApiResults.Problem(failure);
                }
                var errors = await queries.ErrorsAsync(id, ImportLimits.MaxStoredIssues, ct);
                var buffer = new MemoryStream();
                ImportErrorReport.Write(buffer, errors.Select(e => (e.RowNumber, e.Column, e.MessageZh, e.MessageEn)));
                buffer.Position = 0;
                return Results.File(buffer, Xlsx, $"导入错误-{id}.xlsx");
            })
            .WithSummary("错误明细 (.xlsx) / error report as .xlsx");

        group.MapGet("/exports/residents", async (CurrentCaller current, ResidentExport export, string? unit, bool? full, string? purpose, CancellationToken ct) =>
            {
                var request = new ResidentExport.Request(unit ?? "", full ?? false, purpose);
                var caller = current.Value!;
                if ((await export.CheckAsync(caller, request, ct)).Failure is { } failure)
                {
                    return ApiResults.Problem(failure);
                }
                // The writer is synchronous; a temporary file keeps memory flat for large areas.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                var written = await export.WriteAsync(caller, request, file, ct);
                if (written.Failure is { } late)
                {
                    await file.DisposeAsync();
                    return ApiResults.Problem(late);
                }
                file.Position = 0;
                return Results.File(file, Xlsx, $"居民-{request.UnitCode.Trim()}.xlsx");
            })
            .WithTags("Export")
            .WithSummary("导出居民 (.xlsx)，默认脱敏；full=true 须 purpose / export residents, masked unless full with a purpose");
    }

    public static ImportMode? ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => ImportMode.AllOrNothing,
        "valid" => ImportMode.ValidRowsOnly,
        _ => null,
    };

    private static object JobView(ImportJob j) => new
    {
        j.Id, j.FileName, j.FileSize, status = j.Status.ToString().ToLowerInvariant(), mode = j.Mode == ImportMode.ValidRowsOnly ? "valid" : "all",
        j.Total, j.Inserted, j.Updated, j.Unchanged, errors = j.Errors, j.Progress, message = j.MessageZh, messageEn = j.MessageEn,
        j.CreatedAt, j.StartedAt, j.FinishedAt,
    };
}
