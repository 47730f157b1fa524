using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;

namespace Linli.Core.Features.Workers;

/// <summary>
/// Writes a unit's roster as .xlsx with the template headers. ID numbers stay masked: the export
/// is for reading and reporting; re-importing needs the full numbers from the source records.
/// </summary>
public sealed class ExportWorkers(WorkerRoster roster, LinliDb db, AuditActor actor)
{
    public async Task<Result<int>> HandleAsync(Caller caller, string unitCode, Stream output, CancellationToken ct = default)
    {
        var rows = await roster.HandleAsync(caller, unitCode, includeLeft: true, ct);
        if (rows.Failure is { } failure)
        {
            return failure;
        }
        using (var writer = new XlsxWriter(output, "社区工作者"))
        {
            writer.WriteHeaderRow(WorkerTemplate.Headers);
            foreach (var r in rows.Value!)
            {
                writer.WriteRow([r.Name, r.DocumentMasked, r.CommunityCode, WorkerVocabulary.Posts[r.Post].Zh, WorkerVocabulary.Employment[r.Employment].Zh,
                    Date(r.HireDate), Date(r.LeaveDate), r.LeaveReason, r.Education is { } e ? WorkerVocabulary.Educations[e].Zh : "",
                    r.Certificate == Certificate.None ? "" : WorkerVocabulary.Certificates[r.Certificate].Zh,
                    r.MonthlyPay?.ToString("0.##", CultureInfo.InvariantCulture)]);
            }
        }
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Export, $"导出社区工作者名册 {unitCode}：{rows.Value!.Count} 行（证件号码已脱敏）", caller.Scope.Value));
        await db.SaveChangesAsync(ct);
        return rows.Value!.Count;
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
