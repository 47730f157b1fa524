using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Demo;

/// <summary>
/// The demo accounts created with the demo data, one per role, printed at startup and listed in
/// the README. Demo only: a real deployment creates accounts with `linli users create`.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo2026";

    public sealed record Account(string UserName, string DisplayName, Role Role, string OrgUnitCode);

    /// <summary>Codes are real NBS 2023 codes of 漯河市 (4111).</summary>
    public static readonly IReadOnlyList<Account> All =
    [
        new("admin", "系统管理员（演示）", Role.SystemAdmin, "4111"),
        new("minzheng", "漯河市民政局（演示）", Role.CivilAffairs, "4111"),
        new("jiedao", "源汇区老街街道（演示）", Role.StreetOffice, "411102001"),
        new("shequ", "滨西社区工作者（演示）", Role.CommunityWorker, DemoCity.SampleCommunityCode),
        new("wangge", "滨西社区网格员（演示）", Role.GridWorker, DemoCity.SampleCommunityCode),
        new("bumen", "市卫健委（演示）", Role.Department, "4111"),
        new("rexian", "12345热线话务员（演示）", Role.HotlineOperator, "4111"),
        new("shenhe", "市准入审核组组长（演示）", Role.AdmissionReviewer, "4111"),
    ];
}
