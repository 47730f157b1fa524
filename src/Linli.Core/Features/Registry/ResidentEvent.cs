namespace Linli.Core.Features.Registry;

public enum ResidentEventKind
{
    Registered = 1, // 登记
    Updated = 2,    // 修改
    MovedIn = 3,    // 迁入
    MovedOut = 4,   // 迁出
    Transferred = 5, // 社区间转移
    Died = 6,       // 死亡
    Corrected = 7,  // 更正
}

/// <summary>One entry in a person's history. Changes hold masked values only, never clear ID numbers or phones.</summary>
public sealed class ResidentEvent
{
    public long Id { get; set; }
    public long ResidentId { get; set; }
    public ResidentEventKind Kind { get; set; }
    public DateTime At { get; set; }
    public DateOnly? EffectiveDate { get; set; }
    public required string Actor { get; set; }
    public long? FromCommunityId { get; set; }
    public long? ToCommunityId { get; set; }
    public string? Note { get; set; }

    /// <summary>Where the person went (迁往), on move-out events.</summary>
    public string? Destination { get; set; }

    /// <summary>JSON array of {field, before, after}.</summary>
    public string? Changes { get; set; }
}
