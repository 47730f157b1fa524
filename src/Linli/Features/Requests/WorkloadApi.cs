using Linli.Core.Features.Requests;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Requests;

/// <summary>GET /api/v1/requests/workload and its .xlsx export: open work per child unit and per company.</summary>
public static class WorkloadApi
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/requests/workload").WithTags("Requests");
        group.MapGet("", async (CurrentCaller current, WorkloadQuery query, string? unit, CancellationToken ct) =>
            RegistryJson.From(await query.HandleAsync(current.Value!, unit, ct), r => new
            {
                unit = r.UnitCode, unitName = r.UnitName, r.At, r.WarningHours, since7 = r.Since7, since30 = r.Since30,
                definitions = WorkloadStages.Definitions(r.WarningHours).Select(d => new { name = d.Name.ToString(), definition = d.Definition.ToString() }),
                units = r.Units.Select(l => Line(l)), total = Counts(r.Total), companies = r.Companies.Select(l => Line(l)),
            }))
            .WithSummary("工作量：下级单位与加盟企业的在办、待签收、办理中、超期、临期、近7/30天受理、在办中位时长 / workload per child unit and company");
        group.MapGet("/export", async (CurrentCaller current, WorkloadExport export, string? unit, CancellationToken ct) =>
        {
            var buffer = new MemoryStream();
            var written = await export.HandleAsync(current.Value!, unit, buffer, ct);
            return written.Failure is { } failure
                ? ApiResults.Problem(failure)
                : Results.File(buffer.ToArray(), XlsxType, $"工作量-{written.Value!.UnitCode}-{written.Value.At + WorkCalendar.ChinaOffset:yyyyMMddHHmm}.xlsx");
        }).WithSummary("导出工作量（Excel）/ export the workload view (.xlsx)");
    }

    private static object Line(WorkloadLine l) => new { code = l.Code, companyId = l.CompanyId, name = l.Name, self = l.Self, counts = Counts(l.Counts) };

    private static object Counts(WorkloadCounts c) => new
    {
        c.Open, c.Waiting, c.InProgress, c.Overdue, c.DueSoon, last7Days = c.Last7Days, last30Days = c.Last30Days, medianOpenDays = c.MedianOpenDays,
    };
}
