using Linli.Core.Common;
using Linli.Core.Features.Reports.Rendering;
using Linli.Core.Features.Reports.Survey;
using Linli.Features.Accounts;
using Linli.Features.Api;

namespace Linli.Features.Reports;

/// <summary>
/// GET /api/v1/reports/survey?unit=&amp;year=&amp;format=json|docx|xlsx|html[&amp;population_bands=&amp;area_bands=] — the survey report of a unit inside the
/// caller's area: its figures as JSON (keys in docs/reports.md) or the document as a file. The report page's
/// download buttons use it too (the cookie signs them in).
/// </summary>
public static class ReportsEndpoints
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/reports/survey", async (CurrentCaller current, SurveyQuery query, TimeProvider clock,
            string? unit, string? year, string? format, string? population_bands, string? area_bands, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var json = string.IsNullOrWhiteSpace(format) || format.Trim().Equals("json", StringComparison.OrdinalIgnoreCase);
            var fileFormat = json ? null : ReportFormats.Parse(format);
            if (!json && fileFormat is null)
            {
                return ApiResults.Problem(Failure.Invalid("format", $"format：不支持“{format}”，请用 json、docx、xlsx 或 html", $"format: \"{format}\" is not supported; use json, docx, xlsx or html"));
            }
            var request = SurveyRequests.Parse(unit, year, population_bands, now.Year, area_bands);
            if (request.Failure is { } bad)
            {
                return ApiResults.Problem(bad);
            }
            var figures = await query.HandleAsync(current.Value!, request.Value!, ct);
            if (figures.Failure is { } failure)
            {
                return ApiResults.Problem(failure);
            }
            var f = figures.Value!;
            if (fileFormat is not { } chosen)
            {
                return Results.Text(SurveyJson.Build(f).ToJsonString(SurveyJson.Options), "application/json; charset=utf-8");
            }
            var buffer = new MemoryStream();
            ReportRenderer.Write(SurveyDocument.Build(f, now), chosen, buffer);
            return Results.File(buffer.ToArray(), chosen.ContentType(), $"基本情况报告-{f.UnitCode}-{f.Year}{chosen.Extension()}");
        })
        .WithTags("Reports")
        .WithSummary("基本情况报告（指标 JSON 或 .docx/.xlsx/.html）/ survey report: figures as JSON or the document as a file");
}
