using Linli.Core.Features.Hierarchy;

namespace Linli.Core.Features.Registry;

/// <summary>A household (户) at one address: community, optional grid/estate/building, entrance and room.</summary>
public sealed class Household : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public long? GridId { get; set; }
    public long? EstateId { get; set; }
    public long? BuildingId { get; set; }

    /// <summary>Path of the deepest org unit the household sits under (building, grid or community).</summary>
    public required string Path { get; set; }

    public string Entrance { get; set; } = ""; // 单元
    public string Room { get; set; } = "";     // 房号
    public HousingStatus HousingStatus { get; set; } = HousingStatus.Owner;
    public long? HeadResidentId { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public OrgUnit? Grid { get; set; }
    public Estate? Estate { get; set; }
    public OrgUnit? Building { get; set; }
    public List<Resident> Members { get; set; } = [];
}
