using Linli.Components.Layout;
using Linli.Core.Features.Accounts;

namespace Linli.Features.Reports;

/// <summary>Menu entries of the reports increment (dashboard, survey report), spliced into <see cref="MainMenu"/> with one line.</summary>
public static class ReportsMenu
{
    public static readonly IReadOnlyList<MainMenu.Item> Items =
    [
        new("/dashboard", new("数据看板", "Dashboard"), role => role != Role.SystemAdmin),
        new("/reports/survey", new("基本情况报告", "Survey report"), role => role != Role.SystemAdmin),
    ];
}
