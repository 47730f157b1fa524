namespace Linli.Core.Features.Facilities;

/// <summary>
/// The community rooms of a new estate under "四个同步": planned, built, accepted and handed over
/// together with the estate, each stage with its date and area; plus the estate's number of units
/// (for its occupancy rate) and whether it has a residents' committee of its own. One row per estate.
/// </summary>
public sealed class EstateHandover : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }

    /// <summary>Dwelling units (套) in the estate; occupancy = registered households / units.</summary>
    public int TotalUnits { get; set; }

    /// <summary>The estate has set up its own committee (otherwise a residents' group or interim care by a neighbour).</summary>
    public bool OwnCommittee { get; set; }

    public DateOnly? PlannedOn { get; set; }
    public decimal? PlannedArea { get; set; }
    public DateOnly? BuiltOn { get; set; }
    public decimal? BuiltArea { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public decimal? AcceptedArea { get; set; }
    public DateOnly? HandedOverOn { get; set; }
    public decimal? HandedOverArea { get; set; }

    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool HandedOverBy(DateOnly date) => HandedOverOn is { } d && d <= date;
}
