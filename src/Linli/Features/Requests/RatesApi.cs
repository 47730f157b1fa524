using Linli.Core.Features.Requests;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Requests;

/// <summary>GET /api/v1/requests/rates and its .xlsx export: the three rates of a unit and period.</summary>
public static class RatesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/requests/rates").WithTags("Requests");
        group.MapGet("", async (CurrentCaller current, RatesQuery query, string? unit, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            RegistryJson.From(await query.HandleAsync(current.Value!, unit, from, to, ct), r => new
            {
                unit = r.UnitCode, unitName = r.UnitName, r.From, r.To,
                definitions = RateCounts.Definitions.Select(d => new { name = d.Name.ToString(), definition = d.Definition.ToString() }),
                total = Line(new(r.UnitCode, r.UnitName, r.Total)),
                children = r.Children.Select(Line), categories = r.Categories.Select(Line),
                streets = r.Streets.Select(Line), communities = r.Communities.Select(Line), months = r.Months.Select(Line),
            }))
            .WithSummary("三率（响应率、解决率、满意率）：下级单位、类别、排名、月度趋势 / the three rates by unit, category, ranking and month");

        group.MapGet("/export", async (CurrentCaller current, RatesExport export, string? unit, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        {
            var buffer = new MemoryStream();
            var written = await export.HandleAsync(current.Value!, unit, from, to, buffer, ct);
            return written.Failure is { } failure
                ? ApiResults.Problem(failure)
                : Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"三率-{written.Value!.UnitCode}-{written.Value.From:yyyyMMdd}-{written.Value.To:yyyyMMdd}.xlsx");
        }).WithSummary("导出三率统计（Excel）/ export the three rates (.xlsx)");
    }

    private static object Line(RateLine l) => new
    {
        key = l.Key, name = l.Name, l.Counts.Received, l.Counts.RespondedInTime, responseRate = l.Counts.ResponseRate,
        l.Counts.DueForResolution, l.Counts.Resolved, resolutionRate = l.Counts.ResolutionRate,
        l.Counts.Reached, l.Counts.Satisfied, satisfactionRate = l.Counts.SatisfactionRate,
    };
}
