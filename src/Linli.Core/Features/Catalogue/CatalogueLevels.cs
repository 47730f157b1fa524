using Linli.Core.Common;

namespace Linli.Core.Features.Catalogue;

/// <summary>Which level of the applicant's place handles an item, unless the item names a fixed unit.</summary>
public enum HandlingLevel
{
    Community = 5, // 社区居委会: the applicant's own community
    Street = 4,    // 街道办事处 (便民服务中心)
    District = 3,  // 区职能部门 (区政务服务中心)
}

/// <summary>收费类别: services are free (administrative, welfare), low-cost or paid.</summary>
public enum FeeClass
{
    Free = 1,    // 免费
    LowCost = 2, // 低偿
    Paid = 3,    // 有偿
}

public static class CatalogueNames
{
    public static Bilingual Of(HandlingLevel level) => level switch
    {
        HandlingLevel.Community => new("社区", "Community"),
        HandlingLevel.Street => new("街道", "Street"),
        HandlingLevel.District => new("区职能部门", "District department"),
        _ => new(level.ToString(), level.ToString()),
    };

    public static Bilingual Of(FeeClass fee) => fee switch
    {
        FeeClass.Free => new("免费", "Free"),
        FeeClass.LowCost => new("低偿", "Low-cost"),
        FeeClass.Paid => new("有偿", "Paid"),
        _ => new(fee.ToString(), fee.ToString()),
    };
}
