namespace Linli.Core.Features.Facilities;

/// <summary>
/// What a community has outside its rooms: outdoor space (户外活动场地) and whether it is a
/// designated emergency shelter (应急避难场所) and of what area. One row per community.
/// </summary>
public sealed class CommunitySite : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }

    /// <summary>Outdoor space in m²; null = not recorded.</summary>
    public decimal? OutdoorArea { get; set; }

    public bool EmergencyShelter { get; set; }
    public decimal? ShelterArea { get; set; }

    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
}
