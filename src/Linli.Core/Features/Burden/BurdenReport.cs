using Linli.Core.Common;
using Linli.Core.Features.Admission;

namespace Linli.Core.Features.Burden;

/// <summary>The columns of the burden figures (减负): admitted items per community grouped the way surveys count them.</summary>
public enum BurdenCategory
{
    Tasks = 1,        // 工作任务（含组织机构进社区、挂牌、其他）
    Assessments = 2,  // 检查/评比/考核
    Ledgers = 3,      // 台账
    Surveys = 4,      // 调查统计
    Meetings = 5,     // 会议培训
    Certificates = 6, // 证明开具
}

public static class BurdenCategories
{
    public static BurdenCategory Of(AdmissionKind kind) => kind switch
    {
        AdmissionKind.Assessment => BurdenCategory.Assessments,
        AdmissionKind.NewLedger => BurdenCategory.Ledgers,
        AdmissionKind.Survey => BurdenCategory.Surveys,
        AdmissionKind.Training => BurdenCategory.Meetings,
        AdmissionKind.Certificate => BurdenCategory.Certificates,
        _ => BurdenCategory.Tasks,
    };

    public static Bilingual Name(BurdenCategory category) => category switch
    {
        BurdenCategory.Tasks => new("工作任务", "Tasks"),
        BurdenCategory.Assessments => new("检查评比考核", "Assessments"),
        BurdenCategory.Ledgers => new("台账", "Ledgers"),
        BurdenCategory.Surveys => new("调查统计", "Surveys"),
        BurdenCategory.Meetings => new("会议培训", "Meetings & training"),
        _ => new("证明事项", "Certificates"),
    };
}

/// <summary>
/// One line of the figures: a unit (all communities under it) or a department. Items are
/// admission × community pairs in force at some time in the year; funds and people of an admission
/// are shared evenly among the communities it covers.
/// </summary>
public sealed record BurdenLine(
    string Code, string Name, int Communities, IReadOnlyDictionary<BurdenCategory, int> Items, decimal Hours,
    int ItemsNeedingFunds, int ItemsWithFunds, int ItemsNeedingPeople, int ItemsWithPeople, decimal Funds, decimal People,
    int TasksIssued, int TasksCompleted, int ReportsOpen, int ReportsUpheld, int ReportsDismissed)
{
    public int TotalItems => Items.Values.Sum();

    public int Reports => ReportsOpen + ReportsUpheld + ReportsDismissed;

    public decimal ItemsPerCommunity => Communities == 0 ? 0 : Math.Round((decimal)TotalItems / Communities, 1);

    public int this[BurdenCategory category] => Items.TryGetValue(category, out var n) ? n : 0;
}

public sealed record BurdenReport(string Code, string Name, string? ParentCode, int Year, BurdenLine Total, BurdenLine PreviousYear,
    IReadOnlyList<BurdenLine> Children, IReadOnlyList<BurdenLine> Departments)
{
    /// <summary>Change against the previous year in items, as a percentage; null when last year had none.</summary>
    public decimal? ItemsChangePercent => PreviousYear.TotalItems == 0 ? null
        : Math.Round(100m * (Total.TotalItems - PreviousYear.TotalItems) / PreviousYear.TotalItems, 1);

    /// <summary>The sentence a survey report opens with, computed.</summary>
    public Bilingual Summary => new(
        $"{Year}年，{Name}共有社区{Total.Communities}个，经准入进入社区的事项{Total.TotalItems}项次（平均每个社区{Total.ItemsPerCommunity}项），"
        + $"其中检查评比考核{Total[BurdenCategory.Assessments]}项次、台账{Total[BurdenCategory.Ledgers]}项次、调查统计{Total[BurdenCategory.Surveys]}项次；"
        + $"应随事转移经费的{Total.ItemsNeedingFunds}项次中实际带经费的{Total.ItemsWithFunds}项次；社区举报未准入事项{Total.Reports}件，查实{Total.ReportsUpheld}件"
        + (ItemsChangePercent is { } p ? $"；事项总数比上年{(p >= 0 ? "增加" : "减少")}{Math.Abs(p):0.#}%。" : "。"),
        $"In {Year}, {Name} had {Total.Communities} communities and {Total.TotalItems} admitted item-community pairs ({Total.ItemsPerCommunity} per community), "
        + $"including {Total[BurdenCategory.Assessments]} assessments, {Total[BurdenCategory.Ledgers]} ledgers and {Total[BurdenCategory.Surveys]} surveys; "
        + $"of {Total.ItemsNeedingFunds} that should have brought funds, {Total.ItemsWithFunds} did; communities reported {Total.Reports} unadmitted tasks, {Total.ReportsUpheld} upheld"
        + (ItemsChangePercent is { } q ? $"; items changed by {q:0.#}% on the previous year." : "."));
}
