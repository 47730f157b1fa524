using Linli.Core.Data;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Standards;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Standards;

/// <summary>GET /api/v1/standards and GET /api/v1/gaps: standards in force and the staffing gap, each figure with the standard it used.</summary>
public static class StandardsEndpoints
{
    public sealed record StandardDto(string Key, string Name, string Unit, decimal Value, decimal? MaxValue, string? SetAtCode, string SetAtName,
        DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Citation);

    public static StandardDto Dto(StandardInForce s) => new(s.Key, s.Definition?.Name.ToString() ?? s.Key, s.Definition?.Unit.ToString() ?? "",
        s.Value, s.MaxValue, s.SetAtCode, s.SetAtName, s.ValidFrom, s.ValidTo, s.Source, s.Citation.ToString());

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/standards", async (CurrentCaller current, LinliDb db, StandardResolver resolver, TimeProvider clock, string? unit, DateOnly? date, CancellationToken ct) =>
        {
            var caller = current.Value!;
            var target = string.IsNullOrWhiteSpace(unit)
                ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
                : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unit.Trim(), ct);
            if (target is null || !caller.CanSee(target.Path))
            {
                return ApiResults.Problem(Core.Common.Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area"));
            }
            var on = date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var set = await resolver.ForUnitAsync(target.Path, on, ct);
            return Results.Ok(new { unit = target.Code, unitName = target.Name, date = on, standards = set.AllFor(target.Path).Select(Dto) });
        })
        .WithTags("Standards")
        .WithSummary("某单位某日生效的标准及其设定单位 / standards in force at a unit on a date");

        group.MapGet("/gaps", async (CurrentCaller current, StaffingGapQuery query, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(
                await query.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, ct),
                report => Results.Ok(new
                {
                    report.Year,
                    report.AsOf,
                    report.ParentCode,
                    total = Row(report.Total),
                    children = report.Children.Select(Row),
                    mix = new
                    {
                        age = Lines(report.Mix.Age), sex = Lines(report.Mix.Sex), education = Lines(report.Mix.Education),
                        certificate = Lines(report.Mix.Certificate), employment = Lines(report.Mix.Employment),
                    },
                })))
        .WithTags("Standards")
        .WithSummary("社工配备缺口（按标准计算，逐级汇总）/ staffing gap for a unit and year, rolled up");

        group.MapGet("/workers/export", async (CurrentCaller current, Core.Features.Workers.ExportWorkers export, string unit, CancellationToken ct) =>
        {
            var buffer = new MemoryStream();
            var written = await export.HandleAsync(current.Value!, unit, buffer, ct);
            return written.Failure is { } failure
                ? ApiResults.Problem(failure)
                : Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"社区工作者名册-{unit}.xlsx");
        })
        .WithTags("Standards")
        .WithSummary("导出社工名册（证件号码脱敏）/ export the worker roster (ID numbers masked)");
    }

    private static object Row(GapRow r) => new
    {
        r.Code, r.Name, kind = r.Kind.ToString(), r.Communities, r.Households, r.Residents, r.UrbanResidents,
        workersActual = r.Actual, r.NotOnPost, r.OnRollInYear, r.LeftInYear, turnoverRate = r.TurnoverPercent,
        oversizeCommunities = r.Size.Oversize, newCommunitiesNeeded = r.Size.NewCommunitiesNeeded, sizeStandards = r.Size.Standards.Select(Dto),
        requirements = r.Requirements.Select(q => new { q.Key, name = q.Name.ToString(), workersRequired = q.Required, workersGap = q.Gap, q.CommunitiesWithoutStandard, standards = q.Standards.Select(Dto) }),
    };

    private static IEnumerable<object> Lines(IReadOnlyList<MixLine> lines) => lines.Select(l => new { label = l.Label.ToString(), l.Count });
}
