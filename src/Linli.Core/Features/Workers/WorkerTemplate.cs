namespace Linli.Core.Features.Workers;

/// <summary>The worker roster template (issue 3): Chinese headers, any column order; import and export use the same.</summary>
public static class WorkerTemplate
{
    public const string Name = "姓名";
    public const string IdNumber = "证件号码";
    public const string CommunityCode = "社区代码";
    public const string Post = "岗位";
    public const string Employment = "用工方式";
    public const string HireDate = "入职日期";
    public const string LeaveDate = "离职日期";
    public const string LeaveReason = "离职原因";
    public const string Education = "学历";
    public const string Certificate = "职业资格";
    public const string MonthlyPay = "月薪";

    public static readonly IReadOnlyList<string> Headers =
        [Name, IdNumber, CommunityCode, Post, Employment, HireDate, LeaveDate, LeaveReason, Education, Certificate, MonthlyPay];

    public static readonly IReadOnlyList<string> Required = [Name, IdNumber, CommunityCode, Post, Employment, HireDate];

    /// <summary>A roster is a few thousand rows even for a city; the caps only stop a wrong or runaway file.</summary>
    public static readonly Common.Spreadsheets.TemplateRows.Limits Limits = new(MaxDataRows: 200_000, MaxFileBytes: 50L * 1024 * 1024);
}
