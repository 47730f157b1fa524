using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;

namespace Linli.Core.Features.Requests;

/// <summary>The three-rates report as .xlsx: definitions, then one sheet per view (no personal data in it).</summary>
public sealed class RatesExport(RatesQuery query, LinliDb db, AuditActor actor)
{
    private static readonly string[] Headers = ["代码/月份", "名称", "受理", "按时签收", "响应率", "应办结", "已办结", "解决率", "回访联系上", "满意", "满意率"];

    public async Task<Result<RatesReport>> HandleAsync(Caller caller, string? unit, DateOnly? from, DateOnly? to, Stream output, CancellationToken ct = default)
    {
        var result = await query.HandleAsync(caller, unit, from, to, ct);
        if (result.Value is not { } report)
        {
            return result;
        }
        using (var writer = new XlsxWriter(output, "口径", [16, 60]))
        {
            writer.WriteHeaderRow(["指标", "口径"]);
            foreach (var (name, definition) in RateCounts.Definitions)
            {
                writer.WriteRow([name.Zh, definition.Zh]);
            }
            writer.WriteRow(["单位", $"{report.UnitName}（{report.UnitCode}）"]);
            writer.WriteRow(["期间", $"{report.From:yyyy-MM-dd} 至 {report.To:yyyy-MM-dd}（按受理时间）"]);
            Sheet(writer, "合计", [new RateLine(report.UnitCode, report.UnitName, report.Total)]);
            Sheet(writer, "下级单位", report.Children);
            Sheet(writer, "类别", report.Categories);
            Sheet(writer, "街道排名", report.Streets);
            Sheet(writer, "社区排名", report.Communities);
            Sheet(writer, "月度趋势", report.Months);
        }
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Export, $"导出三率统计 {report.UnitCode} {report.From:yyyy-MM-dd}–{report.To:yyyy-MM-dd}", caller.Scope.Value));
        await db.SaveChangesAsync(ct);
        return report;
    }

    private static void Sheet(XlsxWriter writer, string name, IReadOnlyList<RateLine> lines)
    {
        writer.AddSheet(name, [16, 30, 8, 10, 8, 8, 8, 8, 10, 8, 8]);
        writer.WriteHeaderRow(Headers);
        foreach (var l in lines)
        {
            var c = l.Counts;
            writer.WriteRow([Code(l.Key), l.Name, N(c.Received), N(c.RespondedInTime), P(c.ResponseRate), N(c.DueForResolution), N(c.Resolved), P(c.ResolutionRate), N(c.Reached), N(c.Satisfied), P(c.SatisfactionRate)]);
        }
    }

    /// <summary>A path key shows as the unit's own code (its last segment).</summary>
    private static string Code(string key) => key.EndsWith('/') ? key.TrimEnd('/')[(key.TrimEnd('/').LastIndexOf('/') + 1)..] : key;

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string P(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
