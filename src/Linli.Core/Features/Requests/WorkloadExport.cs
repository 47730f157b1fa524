using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;

namespace Linli.Core.Features.Requests;

/// <summary>The workload view as .xlsx: definitions, then units with the totals row, then companies (counts only, no personal data).</summary>
public sealed class WorkloadExport(WorkloadQuery query, LinliDb db, AuditActor actor)
{
    private static readonly string[] Headers = ["代码", "名称", "在办", "待签收", "办理中", "超期", "临期", "近7天受理", "近30天受理", "在办中位天数"];
    private static readonly double[] Widths = [16, 30, 8, 8, 8, 8, 8, 10, 10, 12];

    public async Task<Result<WorkloadReport>> HandleAsync(Caller caller, string? unit, Stream output, CancellationToken ct = default)
    {
        var result = await query.HandleAsync(caller, unit, ct);
        if (result.Value is not { } report)
        {
            return result;
        }
        using (var writer = new XlsxWriter(output, "口径", [20, 70]))
        {
            writer.WriteHeaderRow(["指标", "口径"]);
            foreach (var (name, definition) in WorkloadStages.Definitions(report.WarningHours))
            {
                writer.WriteRow([name.Zh, definition.Zh]);
            }
            writer.WriteRow(["单位", $"{report.UnitName}（{report.UnitCode}）"]);
            writer.WriteRow(["统计时间", $"{report.At + WorkCalendar.ChinaOffset:yyyy-MM-dd HH:mm}（北京时间）"]);
            writer.AddSheet("下级单位", Widths);
            writer.WriteHeaderRow(Headers);
            foreach (var line in report.Units)
            {
                Row(writer, line.Code ?? "", line.Self ? $"{line.Name}（本级）" : line.Name, line.Counts);
            }
            Row(writer, report.UnitCode, "合计", report.Total);
            writer.AddSheet("加盟企业", Widths);
            writer.WriteHeaderRow(Headers);
            foreach (var line in report.Companies)
            {
                Row(writer, line.CompanyId?.ToString(CultureInfo.InvariantCulture) ?? "", line.Name, line.Counts);
            }
        }
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Export, $"导出工作量 {report.UnitCode}", caller.Scope.Value));
        await db.SaveChangesAsync(ct);
        return report;
    }

    private static void Row(XlsxWriter writer, string code, string name, WorkloadCounts c) =>
        writer.WriteRow([code, name, N(c.Open), N(c.Waiting), N(c.InProgress), N(c.Overdue), N(c.DueSoon), N(c.Last7Days), N(c.Last30Days),
            c.MedianOpenDays is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "—"]);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
