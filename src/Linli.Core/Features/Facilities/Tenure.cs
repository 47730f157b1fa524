using Linli.Core.Common;

namespace Linli.Core.Features.Facilities;

/// <summary>How a community holds its service rooms (产权方式).</summary>
public enum Tenure
{
    Built = 1,    // 自建
    Bought = 2,   // 购买
    Rented = 3,   // 租用
    Borrowed = 4, // 借用
    None = 5,     // 无
}

public static class TenureNames
{
    public static readonly IReadOnlyDictionary<Tenure, Bilingual> All = new Dictionary<Tenure, Bilingual>
    {
        [Tenure.Built] = new("自建", "Built"),
        [Tenure.Bought] = new("购买", "Bought"),
        [Tenure.Rented] = new("租用", "Rented"),
        [Tenure.Borrowed] = new("借用", "Borrowed"),
        [Tenure.None] = new("无", "None"),
    };

    /// <summary>Built or bought: the community owns the rooms (自有).</summary>
    public static bool IsOwn(this Tenure tenure) => tenure is Tenure.Built or Tenure.Bought;

    public static Tenure? Parse(string? text) =>
        All.Where(p => p.Value.Zh == text?.Trim() || string.Equals(p.Value.En, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(p => (Tenure?)p.Key).FirstOrDefault();
}
