namespace Linli.Core.Features.Requests;

/// <summary>
/// A kind of request in a two-level tree (e.g. 市容环境 / 路灯不亮). Requests are filed under a
/// second-level category (or a top-level one that has no children); routing rules may name either
/// level. The limits are the category's promise: respond (sign for it) within ResponseHours working
/// hours, resolve within ResolutionDays working days.
/// </summary>
public sealed class RequestCategory
{
    public long Id { get; set; }

    /// <summary>Two digits for a top-level category, four for a child: "01", "0101".</summary>
    public required string Code { get; set; }

    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public long? ParentId { get; set; }
    public RoutingTargetKind DefaultTarget { get; set; } = RoutingTargetKind.Community;
    public int ResponseHours { get; set; }
    public int ResolutionDays { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }

    public RequestCategory? Parent { get; set; }

    public Common.Bilingual Name => new(NameZh, NameEn);
}
