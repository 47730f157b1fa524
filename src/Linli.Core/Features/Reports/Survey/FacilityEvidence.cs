using System.Globalization;
using Linli.Core.Features.Facilities;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>The records behind the survey's facility and new-estate figures, from the facility figure queries' per-community facts.</summary>
internal static class FacilityEvidence
{
    public static bool Handles(string figure) =>
        figure.StartsWith("facility_", StringComparison.Ordinal) || figure is SurveyEvidence.RoomsMissing or SurveyEvidence.EstatesFlagged;

    public static ReportTable? Table(string unitName, string figure, FacilityReport facilities, EstateReport estates)
    {
        if (figure == SurveyEvidence.RoomsMissing)
        {
            return new ReportTable($"{unitName}：功能室不全的社区（{facilities.RoomsMissing.Count}个）", ["代码", "名称", "标准", "缺少"],
                facilities.RoomsMissing.Select(m => (IReadOnlyList<ReportCell>)[m.Code, m.Name, m.RoomSet, string.Join("、", m.Missing)]).ToList());
        }
        if (figure == SurveyEvidence.EstatesFlagged)
        {
            return new ReportTable($"{unitName}：入住率达标但未建居委会或未移交用房的新建小区（{estates.Flagged.Count}个）",
                ["小区", "社区", new ReportColumn("总套数", NumberFormat.Count), new ReportColumn("入住户数", NumberFormat.Count), new ReportColumn("入住率", NumberFormat.Percent1), "未建居委会", "用房未移交"],
                estates.Flagged.Select(e => (IReadOnlyList<ReportCell>)[e.Name, e.CommunityName, e.TotalUnits, e.OccupiedHouseholds,
                    e.OccupancyPercent is { } p ? p : "—", e.WithoutCommittee ? "是" : "否", e.WithoutRooms ? "是" : "否"]).ToList());
        }
        var filter = Filter(figure, facilities.BandBounds);
        if (filter is null)
        {
            return null;
        }
        var rows = facilities.Communities.Where(filter.Value.Holds).ToList();
        return new ReportTable($"{unitName}：{filter.Value.Title}（{rows.Count}个）",
            ["代码", "名称", new ReportColumn("户数", NumberFormat.Count), new ReportColumn("用房间数", NumberFormat.Count), new ReportColumn("面积(平方米)", NumberFormat.Decimal1),
                "主要产权", new ReportColumn("每百户面积", NumberFormat.Decimal1), new ReportColumn("按标准应有面积", NumberFormat.Decimal1)],
            rows.Select(c => (IReadOnlyList<ReportCell>)[c.Code, c.Name, c.Households, c.Rooms, c.Area, c.Rooms == 0 ? "无用房" : TenureNames.All[c.MainTenure].Zh,
                c.AreaPer100Households is { } a ? a : "—", c.RequiredArea is { } r ? r : "未设标准"]).ToList());
    }

    private static (string Title, Func<CommunityFacility, bool> Holds)? Filter(string figure, IReadOnlyList<decimal> bounds)
    {
        if (figure.StartsWith(SurveyEvidence.FacilityAreaBandPrefix, StringComparison.Ordinal))
        {
            if (!int.TryParse(figure.AsSpan(SurveyEvidence.FacilityAreaBandPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i > bounds.Count)
            {
                return null;
            }
            var band = FacilityFormula.Bands([], bounds)[i];
            return ($"用房面积{band.Label.Zh}的社区", c => c.Area >= band.From && (band.To is null || c.Area < band.To));
        }
        return figure switch
        {
            SurveyEvidence.FacilityArea => ("社区服务用房", _ => true),
            SurveyEvidence.FacilityOwn => ("用房自有（自建或购买）的社区", c => c.Rooms > 0 && c.MainTenure.IsOwn()),
            SurveyEvidence.FacilityRented => ("用房租用的社区", c => c.Rooms > 0 && c.MainTenure == Tenure.Rented),
            SurveyEvidence.FacilityBorrowed => ("用房借用的社区", c => c.Rooms > 0 && c.MainTenure == Tenure.Borrowed),
            SurveyEvidence.FacilityNone => ("没有服务用房的社区", c => c.Rooms == 0 || c.MainTenure == Tenure.None),
            SurveyEvidence.FacilityBelowPer100 => ("用房面积低于每百户标准的社区", c => c.BelowPer100),
            _ => null,
        };
    }
}
