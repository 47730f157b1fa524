using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// The records a survey figure counts (click-through from the report page): the 48 communities under 10,000
/// people, the workers who left in the year, the oversize communities... as a table whose row count is the figure.
/// Worker lists follow the roster's rule (departments may not read them) and show no ID numbers.
/// </summary>
public sealed class SurveyEvidenceQuery(LinliDb db, StandardResolver resolver, TimeProvider clock, IOptions<SurveyOptions> options,
    Facilities.FacilityFigures facilityFigures, Facilities.EstateFigures estateFigures)
{
    private static readonly string[] WorkerFigures = [SurveyEvidence.WorkersActual, SurveyEvidence.WorkersLeft, SurveyEvidence.WorkersNotOnPost];

    public async Task<Result<ReportTable>> HandleAsync(Caller caller, SurveyRequest request, string? figure, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Year < 2000 || request.Year > today.Year)
        {
            return Failure.Invalid("year", $"年份应在2000到{today.Year}之间", $"The year must be between 2000 and {today.Year}");
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == (request.Unit ?? "").Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path) || unit.Kind > OrgUnitKind.Community)
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var (start, end) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var asOf = end < today ? end : today;
        figure = figure?.Trim() ?? "";
        if (WorkerFigures.Contains(figure))
        {
            return SaveWorker.MayView(caller.Role)
                ? await WorkersAsync(unit, figure, start, end, asOf, ct)
                : Failure.Forbidden("当前角色不能查看社区工作者名册", "Your role may not read the worker roster");
        }
        if (FacilityEvidence.Handles(figure))
        {
            var bounds = (request.FacilityAreaBands ?? options.Value.FacilityAreaBounds).Select(b => (decimal)b).ToList();
            var facilities = await facilityFigures.HandleAsync(caller, unit.Code, request.Year, bounds, ct);
            var estates = await estateFigures.HandleAsync(caller, unit.Code, request.Year, ct);
            if ((facilities.Failure ?? estates.Failure) is { } failure)
            {
                return failure;
            }
            return FacilityEvidence.Table(unit.Name, figure, facilities.Value!, estates.Value!) is { } table
                ? table
                : Failure.Invalid("figure", $"未知的指标：{figure}", $"Unknown figure: {figure}");
        }
        var filter = CommunityFilter(figure, request.PopulationBands ?? options.Value.PopulationBounds);
        if (filter is null)
        {
            return Failure.Invalid("figure", $"未知的指标：{figure}", $"Unknown figure: {figure}");
        }
        var standards = await resolver.ForSubtreeAsync(unit.OrgPath, asOf, ct);
        var communities = (await CommunityFacts.LoadAsync(db, unit.OrgPath, standards, asOf, ct)).Where(filter.Value.Holds).ToList();
        return new ReportTable($"{unit.Name}：{filter.Value.Title}（{communities.Count}个）",
            ["代码", "名称", "类型", new ReportColumn("户数", NumberFormat.Count), new ReportColumn("居民人数", NumberFormat.Count),
                new ReportColumn("在册社工", NumberFormat.Count), new ReportColumn("应配社工", NumberFormat.Count), new ReportColumn("拆分后社区数", NumberFormat.Count)],
            communities.Select(c => (IReadOnlyList<ReportCell>)[c.Code, c.Name, c.Type is { } t ? SurveyLabels.TypeName(t) : "其他", c.Households, c.Residents, c.Workers,
                c.Required is { } r ? r : "未设标准", c.SplitInto]).ToList());
    }

    private static (string Title, Func<CommunityFacts, bool> Holds)? CommunityFilter(string figure, IReadOnlyList<int> bounds)
    {
        if (figure.StartsWith(SurveyEvidence.PopulationBandPrefix, StringComparison.Ordinal))
        {
            var bands = SurveyBands.Population(bounds);
            return int.TryParse(figure.AsSpan(SurveyEvidence.PopulationBandPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < bands.Count
                ? ($"居民{bands[i].Label}的社区", c => bands[i].Holds(c.Residents))
                : null;
        }
        if (figure.StartsWith(SurveyEvidence.TypePrefix, StringComparison.Ordinal))
        {
            var key = figure[SurveyEvidence.TypePrefix.Length..];
            if (key == "unknown")
            {
                return ("类型不明的社区", c => c.Type is null);
            }
            return Enum.GetValues<CommitteeType>().Where(t => SurveyLabels.TypeKey(t) == key).Select(t => ((string, Func<CommunityFacts, bool>)?)(SurveyLabels.TypeName(t), c => c.Type == t)).FirstOrDefault();
        }
        return figure switch
        {
            SurveyEvidence.Communities => ("全部社区", _ => true),
            SurveyEvidence.OversizeCommunities => ("超过规模上限的社区", c => c.SplitInto > 1),
            SurveyEvidence.ShortCommunities => ("社工少于应配人数的社区", c => c.Required is { } r && c.Workers < r),
            SurveyEvidence.CommunitiesWithoutWorkers => ("没有在册社工的社区", c => c.Workers == 0),
            _ => null,
        };
    }

    private async Task<ReportTable> WorkersAsync(OrgUnit unit, string figure, DateOnly start, DateOnly end, DateOnly asOf, CancellationToken ct)
    {
        var query = db.CommunityWorkers.AsNoTracking().Under(unit.OrgPath);
        query = figure switch
        {
            SurveyEvidence.WorkersLeft => query.Where(w => w.LeaveDate >= start && w.LeaveDate <= end),
            SurveyEvidence.WorkersNotOnPost => query.Where(w => w.HireDate <= asOf && (w.LeaveDate == null || w.LeaveDate > asOf) && !w.OnPost),
            _ => query.Where(w => w.HireDate <= asOf && (w.LeaveDate == null || w.LeaveDate > asOf)),
        };
        var rows = await (from w in query
                          join c in db.OrgUnits on w.CommunityId equals c.Id
                          orderby c.Code, w.Name
                          select new { w.Name, c.Code, Community = c.Name, w.Post, w.Employment, w.HireDate, w.LeaveDate, w.LeaveReason, w.OnPost }).ToListAsync(ct);
        var title = figure switch
        {
            SurveyEvidence.WorkersLeft => $"{start.Year}年离职的社区工作者",
            SurveyEvidence.WorkersNotOnPost => "在册未在岗的社区工作者",
            _ => $"{asOf:yyyy-MM-dd}在册的社区工作者",
        };
        return new ReportTable($"{unit.Name}：{title}（{rows.Count}人）", ["姓名", "社区代码", "社区", "岗位", "用工方式", "入职日期", "离职日期", "离职原因", "在岗"],
            rows.Select(w => (IReadOnlyList<ReportCell>)[w.Name, w.Code, w.Community, WorkerVocabulary.Posts[w.Post].Zh, WorkerVocabulary.Employment[w.Employment].Zh,
                w.HireDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.LeaveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.LeaveReason, w.OnPost ? "是" : "否"]).ToList());
    }
}
