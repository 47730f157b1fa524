using System.Globalization;
using Linli.Core.Features.Standards;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// The "problems found" (存在的问题) of the survey report: each is a rule over the figures, written with its
/// evidence — which figure (a click-through list), which communities, which standard.
/// </summary>
internal static class SurveyProblems
{
    public static List<SurveyProblem> Find(SurveyFigures f, List<CommunityFacts> communities, SurveyOptions options)
    {
        var problems = new List<SurveyProblem>();
        var staffing = f.Staffing;
        foreach (var requirement in staffing.Requirements.Where(r => r.Standards.Count > 0 && r.Gap > 0))
        {
            var short_ = communities.Where(c => c.Required is { } r && c.Workers < r).Select(c => c.Name).ToList();
            problems.Add(new("staffing_gap_" + requirement.Key,
                $"社区工作者配备不足：按{Cite(requirement.Standards)}的标准应配备{requirement.Required}人，实有{staffing.Actual}人，缺口{requirement.Gap}人；{short_.Count}个社区低于本社区应配人数。",
                SurveyEvidence.ShortCommunities, short_, requirement.Standards));
        }
        if (staffing.TurnoverPercent is { } turnover && turnover > options.TurnoverAlertPercent)
        {
            problems.Add(new("turnover",
                $"社区工作者流失较多：{f.Year}年离职{staffing.LeftInYear}人，占当年在册{staffing.OnRollInYear}人的{Percent(turnover)}，高于{Percent(options.TurnoverAlertPercent)}的关注线。",
                SurveyEvidence.WorkersLeft, [], []));
        }
        if (staffing.NotOnPost > 0)
        {
            problems.Add(new("not_on_post", $"在册未在岗：{staffing.NotOnPost}名社区工作者岗位在册但未实际在岗。", SurveyEvidence.WorkersNotOnPost, [], []));
        }
        if (f.Oversize.Count > 0)
        {
            problems.Add(new("oversize",
                $"社区规模过大：{f.Oversize.Count}个社区超过规模上限（{Cite(staffing.Size.Standards)}），拆分需新增社区{staffing.Size.NewCommunitiesNeeded}个。",
                SurveyEvidence.OversizeCommunities, f.Oversize.Select(c => c.Name).ToList(), staffing.Size.Standards));
        }
        if (f.CommunitiesWithoutWorkers > 0)
        {
            var none = communities.Where(c => c.Workers == 0).Select(c => c.Name).ToList();
            problems.Add(new("no_workers", $"{none.Count}个社区没有在册社区工作者。", SurveyEvidence.CommunitiesWithoutWorkers, none, []));
        }
        problems.AddRange(SurveyFacilitySection.Problems(f));
        return problems;
    }

    public static string Cite(IEnumerable<StandardInForce> standards) => string.Join("；", standards.Select(s => s.Citation.Zh));

    public static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
