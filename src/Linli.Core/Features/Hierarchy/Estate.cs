namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// A housing estate (小区). Estates cut across grids, so they are not nodes of the org tree:
/// buildings point at their estate and households inherit it through their building.
/// </summary>
public sealed class Estate
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Name { get; set; }
    public bool IsDemo { get; set; }
}
