using Linli.Core.Common;

namespace Linli.Core.Features.Funding;

/// <summary>What a budget line pays for (经费用途).</summary>
public enum BudgetCategory
{
    Office = 1,     // 办公经费
    StaffPay = 2,   // 人员报酬
    Facilities = 3, // 阵地建设
    Activities = 4, // 活动经费
    Other = 5,      // 其他
}

/// <summary>Where the money comes from (经费来源).</summary>
public enum FundingSource
{
    Fiscal = 1,       // 财政拨款
    TaskFunds = 2,    // 费随事转
    Donations = 3,    // 社会捐助
    PaidServices = 4, // 有偿服务
}

/// <summary>One community's budget for a year, for one purpose from one source, and what was spent against it.</summary>
public sealed class BudgetLine : IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public int Year { get; set; }
    public BudgetCategory Category { get; set; }
    public FundingSource Source { get; set; }

    /// <summary>Yuan budgeted (预算).</summary>
    public decimal Budget { get; set; }

    /// <summary>Yuan spent so far (支出).</summary>
    public decimal Spent { get; set; }

    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public static class FundingNames
{
    public static readonly IReadOnlyDictionary<BudgetCategory, Bilingual> Categories = new Dictionary<BudgetCategory, Bilingual>
    {
        [BudgetCategory.Office] = new("办公经费", "Office"),
        [BudgetCategory.StaffPay] = new("人员报酬", "Staff pay"),
        [BudgetCategory.Facilities] = new("阵地建设", "Facilities"),
        [BudgetCategory.Activities] = new("活动经费", "Activities"),
        [BudgetCategory.Other] = new("其他", "Other"),
    };

    public static readonly IReadOnlyDictionary<FundingSource, Bilingual> Sources = new Dictionary<FundingSource, Bilingual>
    {
        [FundingSource.Fiscal] = new("财政", "Public budget"),
        [FundingSource.TaskFunds] = new("费随事转", "Funds following tasks"),
        [FundingSource.Donations] = new("社会捐助", "Donations"),
        [FundingSource.PaidServices] = new("有偿服务", "Paid services"),
    };

    public static T? Parse<T>(IReadOnlyDictionary<T, Bilingual> names, string? text) where T : struct, Enum =>
        names.Where(p => p.Value.Zh == text?.Trim() || string.Equals(p.Value.En, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(p => (T?)p.Key).FirstOrDefault();
}
