using Linli.Core.Common;

namespace Linli.Core.Features.SocialOrgs;

/// <summary>What a community social organization does (社区社会组织类别).</summary>
public enum SocialOrgType
{
    Charity = 1,    // 公益慈善
    LifeService = 2, // 生活服务
    Culture = 3,    // 文体活动
    Mediation = 4,  // 专业调处
    Other = 5,      // 其他
}

/// <summary>
/// A social organization active in a community (社会组织), registered with civil affairs (登记)
/// or filed with the street office (备案). A simple registry until the participation features
/// arrive; the "organizations per community" figure counts the active ones.
/// </summary>
public sealed class SocialOrganization : IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public required string Name { get; set; }
    public SocialOrgType Type { get; set; }

    /// <summary>True = registered (登记), false = filed (备案).</summary>
    public bool Registered { get; set; }

    public DateOnly RegisteredOn { get; set; }
    public bool Active { get; set; } = true;
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public static class SocialOrgTypeNames
{
    public static readonly IReadOnlyDictionary<SocialOrgType, Bilingual> All = new Dictionary<SocialOrgType, Bilingual>
    {
        [SocialOrgType.Charity] = new("公益慈善", "Charity"),
        [SocialOrgType.LifeService] = new("生活服务", "Life services"),
        [SocialOrgType.Culture] = new("文体活动", "Culture and sport"),
        [SocialOrgType.Mediation] = new("专业调处", "Mediation"),
        [SocialOrgType.Other] = new("其他", "Other"),
    };
}
