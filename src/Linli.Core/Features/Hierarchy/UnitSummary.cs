namespace Linli.Core.Features.Hierarchy;

/// <summary>An org unit as pages and the API show it.</summary>
public sealed record UnitSummary(long Id, string Code, string Name, OrgUnitKind Kind, string Path, long? ParentId, string? EstateName, bool IsDemo);

/// <summary>Sub-units, households and active residents in a subtree.</summary>
public sealed record UnitCounts(int SubUnits, int Households, int Residents)
{
    public static readonly UnitCounts Zero = new(0, 0, 0);
}
