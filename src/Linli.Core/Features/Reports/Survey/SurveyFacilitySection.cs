using System.Globalization;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Reports.Rendering;
using static Linli.Core.Features.Reports.Survey.SurveyProblems;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// The survey report's facility section (社区服务设施): "社区服务设施用房总面积48510平方米，每个社区平均630平方米；
/// 自建的40个，租用的37个。", area bands, tenure, rooms missing from the room set and new estates (四个同步).
/// </summary>
internal static class SurveyFacilitySection
{
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string M2(decimal n) => ReportNumbers.Format(n, n == decimal.Truncate(n) ? NumberFormat.Count : NumberFormat.Decimal1);

    public static ReportSection Build(SurveyFigures f)
    {
        var a = f.Facilities.Total;
        string L(string figure) => SurveyEvidence.Link(f, figure);
        var runs = new List<ReportRun>
        {
            new("社区服务设施用房总面积"), new(M2(a.AreaTotal), L(SurveyEvidence.FacilityArea)), new($"平方米，每个社区平均{M2(a.AreaAverage)}平方米"),
        };
        var averageMin = a.Standards.FirstOrDefault(s => s.Key == Standards.StandardCatalog.FacilityAreaAverageMin);
        if (averageMin is not null)
        {
            runs.Add(new($"（标准：{averageMin.Citation.Zh}，{(a.AverageBelowMin == true ? "未达标" : "达标")}）"));
        }
        if (a.AreaPer100Households is { } per100)
        {
            runs.Add(new($"，每百户{M2(per100)}平方米"));
        }
        runs.AddRange([new("；用房自建或购买的"), new(N(a.Own), L(SurveyEvidence.FacilityOwn)), new("个，租用的"), new(N(a.Rented), L(SurveyEvidence.FacilityRented)),
            new("个，借用的"), new(N(a.Borrowed), L(SurveyEvidence.FacilityBorrowed)), new("个，没有用房的"), new(N(a.WithoutRooms), L(SurveyEvidence.FacilityNone)), new("个。按面积分：")]);
        for (var i = 0; i < a.Bands.Count; i++)
        {
            runs.Add(new(i == 0 ? $"{a.Bands[i].Label.Zh}的社区" : $"{a.Bands[i].Label.Zh}的"));
            runs.Add(new(N(a.Bands[i].Communities), L(SurveyEvidence.FacilityAreaBandPrefix + N(i))));
            runs.Add(new(i == a.Bands.Count - 1 ? "个。" : "个，"));
        }
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(runs),
            new ReportTable("表7 社区服务用房面积分布", ["用房面积", new ReportColumn("社区数", NumberFormat.Count)],
                a.Bands.Select((b, i) => (IReadOnlyList<ReportCell>)[b.Label.Zh, ReportCell.Linked(b.Communities, L(SurveyEvidence.FacilityAreaBandPrefix + N(i)))]).ToList(), "用房面积"),
            new ReportChart("社区服务用房面积分布", "个", a.Bands.Select((b, i) => new ChartBar(b.Label.Zh, b.Communities, L(SurveyEvidence.FacilityAreaBandPrefix + N(i)))).ToList()),
            new ReportTable("表8 社区服务用房产权", ["产权方式", new ReportColumn("社区数", NumberFormat.Count)],
            [
                ["自建或购买", ReportCell.Linked(a.Own, L(SurveyEvidence.FacilityOwn))], ["租用", ReportCell.Linked(a.Rented, L(SurveyEvidence.FacilityRented))],
                ["借用", ReportCell.Linked(a.Borrowed, L(SurveyEvidence.FacilityBorrowed))], ["无用房", ReportCell.Linked(a.WithoutRooms, L(SurveyEvidence.FacilityNone))],
            ], "用房产权"),
        };
        if (f.Facilities.RoomsMissing.Count > 0)
        {
            blocks.Add(new ReportTable("表9 功能室不全的社区", ["代码", "名称", "标准", "缺少"],
                f.Facilities.RoomsMissing.Select(m => (IReadOnlyList<ReportCell>)[m.Code, m.Name, m.RoomSet, string.Join("、", m.Missing)]).ToList(), "功能室不全"));
        }
        var e = f.Estates;
        if (e.Estates > 0)
        {
            blocks.Add(new ReportParagraph([new($"新建小区{N(e.Estates)}个，入住率达到成立居委会标准的{N(e.ReachedThreshold)}个，其中未成立居委会的"),
                new(N(e.WithoutCommittee), L(SurveyEvidence.EstatesFlagged)), new("个，社区用房未移交的"), new(N(e.WithoutRooms), L(SurveyEvidence.EstatesFlagged)), new("个。")]));
        }
        return new ReportSection("社区服务设施", blocks);
    }

    /// <summary>Facility problems, with the communities and the standards behind each.</summary>
    public static IEnumerable<SurveyProblem> Problems(SurveyFigures f)
    {
        var a = f.Facilities.Total;
        var facts = f.Facilities.Communities;
        if (a.AverageBelowMin == true)
        {
            var below = facts.Where(c => c.BelowAverageMin).Select(c => c.Name).ToList();
            yield return new("facility_average_below", $"社区服务用房平均面积{M2(a.AreaAverage)}平方米，低于标准（{Cite(a.Standards.Where(s => s.Key == Standards.StandardCatalog.FacilityAreaAverageMin))}）；{below.Count}个社区低于该面积。",
                SurveyEvidence.FacilityArea, below, a.Standards.Where(s => s.Key == Standards.StandardCatalog.FacilityAreaAverageMin).ToList());
        }
        if (a.BelowPer100 > 0)
        {
            var per100 = a.Standards.Where(s => s.Key == Standards.StandardCatalog.FacilityAreaPer100Households).ToList();
            yield return new("facility_below_per_100_households", $"{N(a.BelowPer100)}个社区服务用房面积低于每百户标准（{Cite(per100)}）。",
                SurveyEvidence.FacilityBelowPer100, facts.Where(c => c.BelowPer100).Select(c => c.Name).ToList(), per100);
        }
        if (a.Rented + a.Borrowed + a.WithoutRooms > 0)
        {
            yield return new("facility_not_own", $"用房不稳定：租用{N(a.Rented)}个、借用{N(a.Borrowed)}个、没有用房{N(a.WithoutRooms)}个社区。",
                SurveyEvidence.FacilityNone, facts.Where(c => c.Rooms == 0 || c.MainTenure is Tenure.None or Tenure.Rented or Tenure.Borrowed).Select(c => c.Name).ToList(), []);
        }
        if (f.Facilities.RoomsMissing.Count > 0)
        {
            var missing = f.Facilities.RoomsMissing;
            yield return new("rooms_missing", $"{N(missing.Count)}个社区功能室不全（{string.Join("、", missing.Select(m => m.RoomSet).Distinct())}）。",
                SurveyEvidence.RoomsMissing, missing.Select(m => m.Name).ToList(), missing.Select(m => m.Standard).DistinctBy(s => s.Id).ToList());
        }
        if (f.Estates.Flagged.Count > 0)
        {
            yield return new("estates", $"{N(f.Estates.Flagged.Count)}个新建小区入住率已达标准，但未成立居委会或社区用房未移交（{Cite(f.Estates.Standards)}）。",
                SurveyEvidence.EstatesFlagged, f.Estates.Flagged.Select(l => l.Name).ToList(), f.Estates.Standards);
        }
    }
}
