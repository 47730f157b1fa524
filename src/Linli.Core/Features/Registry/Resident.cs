using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Registry;

/// <summary>
/// A person in the registry (居民). The document number and phone are stored encrypted, with a
/// keyed hash for exact search and a masked copy for lists; the clear value is only shown on
/// a disclosure that is audit-logged. Nothing is deleted: moves and deaths change Status and
/// leave events in <see cref="ResidentEvent"/>.
/// </summary>
public sealed class Resident : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long? HouseholdId { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }

    public required string Name { get; set; }
    public DocumentType DocumentType { get; set; } = DocumentType.ResidentIdCard;
    public required byte[] DocumentCipher { get; set; }
    public required byte[] DocumentHash { get; set; }
    public required string DocumentMasked { get; set; }
    public byte[]? PhoneCipher { get; set; }
    public byte[]? PhoneHash { get; set; }
    public string? PhoneMasked { get; set; }

    public Sex? Sex { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string RelationToHead { get; set; } = ""; // 与户主关系
    public ResidenceType ResidenceType { get; set; } = ResidenceType.Registered;
    public ResidentStatus Status { get; set; } = ResidentStatus.Active;

    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Household? Household { get; set; }
    public List<ResidentTag> Tags { get; set; } = [];
}
