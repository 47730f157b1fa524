using Linli.Core.Features.Reports;

namespace Linli.Core.Features.Burden;

/// <summary>The burden figures as a report document (rendered to .docx/.xlsx/.html by the shared report renderers).</summary>
public static class BurdenDocument
{
    public static ReportDocument Build(BurdenReport r, DateTimeOffset generatedAt, bool demoData)
    {
        ReportColumn[] unitColumns =
        [
            "单位", new("社区数", NumberFormat.Count), .. Enum.GetValues<BurdenCategory>().Select(c => new ReportColumn(BurdenCategories.Name(c).Zh, NumberFormat.Count)),
            new("事项合计", NumberFormat.Count), new("每社区事项", NumberFormat.Decimal1), new("要求工时", NumberFormat.Decimal1),
            new("应带经费事项", NumberFormat.Count), new("实带经费事项", NumberFormat.Count), new("经费（元）", NumberFormat.Decimal1),
            new("应带人员事项", NumberFormat.Count), new("实带人员事项", NumberFormat.Count), new("人员", NumberFormat.Decimal1),
            new("下派任务", NumberFormat.Count), new("已完成", NumberFormat.Count),
            new("举报未准入", NumberFormat.Count), new("查实", NumberFormat.Count), new("不属实", NumberFormat.Count), new("待处理", NumberFormat.Count),
        ];
        var unitRows = r.Children.Append(r.Total).Select(l => Cells(l, l == r.Total ? "合计" : l.Name, l.Communities)).ToList();
        var departmentRows = r.Departments.Select(l => Cells(l, l.Name, null)).ToList();
        var change = new ReportTable($"与{r.Year - 1}年比较", ["指标", new($"{r.Year - 1}年", NumberFormat.Count), new($"{r.Year}年", NumberFormat.Count)],
        [
            ["事项合计", r.PreviousYear.TotalItems, r.Total.TotalItems],
            ["检查评比考核", r.PreviousYear[BurdenCategory.Assessments], r.Total[BurdenCategory.Assessments]],
            ["下派任务", r.PreviousYear.TasksIssued, r.Total.TasksIssued],
            ["举报未准入", r.PreviousYear.Reports, r.Total.Reports],
        ], "同比");
        return new ReportDocument($"{r.Name}社区减负情况统计", $"{r.Name} · {r.Year}年", generatedAt, demoData,
        [
            new("概况", [new ReportParagraph(r.Summary.Zh)]),
            new("按单位", [new ReportTable("各单位社区事项与随事转移的人员经费", unitColumns, unitRows, "按单位"),
                new ReportChart("各单位每社区事项数", "项", r.Children.Select(l => new ChartBar(l.Name, l.ItemsPerCommunity)).ToList())]),
            new("按部门", [new ReportTable("各部门进入社区的事项", unitColumns, departmentRows, "按部门")]),
            new("同比变化", [change]),
        ]);
    }

    private static List<ReportCell> Cells(BurdenLine l, string name, int? communities) =>
    [
        name, communities is { } c ? c : new ReportCell(""), .. Enum.GetValues<BurdenCategory>().Select(cat => (ReportCell)l[cat]),
        l.TotalItems, communities is null ? new ReportCell("") : l.ItemsPerCommunity, l.Hours,
        l.ItemsNeedingFunds, l.ItemsWithFunds, l.Funds, l.ItemsNeedingPeople, l.ItemsWithPeople, l.People,
        l.TasksIssued, l.TasksCompleted, l.Reports, l.ReportsUpheld, l.ReportsDismissed, l.ReportsOpen,
    ];
}
