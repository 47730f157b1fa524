using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Burden;
using Linli.Core.Features.Reports.Rendering;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Admission;

/// <summary>/api/v1/burden: the burden figures (减负) for a unit and year, as JSON or as .xlsx/.docx/.html.</summary>
public static class BurdenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/burden", async (CurrentCaller current, BurdenQuery query, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(await query.HandleAsync(current.Value!, unit, year ?? ChinaTime.Year(clock), ct), r => Results.Ok(new
            {
                r.Code, r.Name, r.Year, summary = r.Summary.ToString(), itemsChangePercent = r.ItemsChangePercent,
                total = Line(r.Total), previousYear = Line(r.PreviousYear), children = r.Children.Select(Line), departments = r.Departments.Select(Line),
            })))
            .WithTags("Admission")
            .WithSummary("减负统计（逐级汇总、按部门、同比）/ burden figures for a unit and year");

        api.MapGet("/burden/export", async (CurrentCaller current, BurdenQuery query, LinliDb db, TimeProvider clock, string? unit, int? year, string? format, CancellationToken ct) =>
        {
            var kind = ReportFormats.Parse(format ?? "xlsx");
            if (kind is null)
            {
                return ApiResults.Problem(Core.Common.Failure.Invalid("format", "格式应为 xlsx、docx 或 html", "The format must be xlsx, docx or html"));
            }
            var result = await query.HandleAsync(current.Value!, unit, year ?? ChinaTime.Year(clock), ct);
            if (result.Failure is { } failure)
            {
                return ApiResults.Problem(failure);
            }
            var report = result.Value!;
            var demo = await db.DutyLists.AnyAsync(l => l.IsDemo, ct);
            var buffer = new MemoryStream();
            ReportRenderer.Write(BurdenDocument.Build(report, clock.GetUtcNow(), demo), kind.Value, buffer);
            return Results.File(buffer.ToArray(), kind.Value.ContentType(), $"减负统计-{report.Name}-{report.Year}{kind.Value.Extension()}");
        })
        .WithTags("Admission")
        .WithSummary("导出减负统计（format=xlsx|docx|html）/ export the burden figures");
    }

    private static object Line(BurdenLine l) => new
    {
        l.Code, l.Name, l.Communities, items = l.Items.ToDictionary(p => p.Key.ToString(), p => p.Value), l.TotalItems, l.ItemsPerCommunity, l.Hours,
        l.ItemsNeedingFunds, l.ItemsWithFunds, l.Funds, l.ItemsNeedingPeople, l.ItemsWithPeople, l.People,
        l.TasksIssued, l.TasksCompleted, l.ReportsOpen, l.ReportsUpheld, l.ReportsDismissed,
    };
}
