using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Features.Accounts;
using Linli.Features.Api;

namespace Linli.Features.Audit;

/// <summary>GET /api/v1/audit/export.xlsx: the filtered audit log as a spreadsheet an official can hand on.</summary>
public static class AuditExport
{
    private const int MaxRows = 200_000;

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/audit/export.xlsx", async (CurrentCaller current, AuditLogQuery query, LinliDb db, AuditActor actor,
            string? action, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "actor")] string? actorName, DateOnly? from, DateOnly? to, string? entityType, string? entityId, CancellationToken ct) =>
        {
            var caller = current.Value!;
            var filter = new AuditLogQuery.Filter(action, actorName, from, to, entityType, entityId, PageSize: 500);
            var first = await query.HandleAsync(caller, filter, ct);
            if (first.Failure is { } failure)
            {
                return ApiResults.Problem(failure);
            }
            // The writer is synchronous; a temporary file keeps memory flat and the response async.
            var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            var rows = 0;
            using (var writer = new XlsxWriter(file, "审计日志", [20, 16, 14, 22, 40, 30, 60, 16]))
            {
                writer.WriteHeaderRow(["时间 Time (UTC+8)", "操作人 Actor", "操作 Action", "对象 Record", "说明 Summary", "事由 Purpose", "变更 Changes", "地址 IP"]);
                var page = first.Value!;
                while (true)
                {
                    foreach (var e in page.Entries)
                    {
                        writer.WriteRow([Components.L.Time(e.At), e.Actor, AuditActionNames.Of(e.Action).Zh, e.EntityType is null ? "" : $"{e.EntityType} #{e.EntityId}",
                            e.Summary, e.Purpose, string.Join("; ", AuditChanges.Describe(e)), e.IpAddress]);
                        rows++;
                    }
                    if (page.NextBeforeId is not { } next || rows >= MaxRows)
                    {
                        break;
                    }
                    page = (await query.HandleAsync(caller, filter with { BeforeId = next }, ct)).Value!;
                }
            }
            db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Export, $"audit log export: {rows} entries", caller.Scope.Value));
            await db.SaveChangesAsync(ct);
            file.Position = 0;
            return Results.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.xlsx");
        })
        .WithTags("Audit")
        .WithSummary("导出审计日志 (.xlsx) / export the audit log");
}
