namespace Linli.Core.Features.Funding;

/// <summary>
/// The allocation formula set at an org unit from a year and inherited downward like a standard
/// (the deepest unit wins, then the latest year): a community's proposed yearly funds are
/// (base + per household × households + per admitted task × tasks) × (1 + growth %)^(years since the formula's year).
/// </summary>
public sealed class FundingFormula : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long OrgUnitId { get; set; }
    public required string Path { get; set; }

    /// <summary>First year the formula applies; it keeps applying, grown each year, until a later one.</summary>
    public int Year { get; set; }

    public decimal BaseAmount { get; set; }
    public decimal PerHousehold { get; set; }
    public decimal PerTask { get; set; }
    public decimal GrowthPercent { get; set; }

    public string CreatedBy { get; set; } = "";
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    public decimal Propose(int households, int tasks, int year)
    {
        var amount = BaseAmount + PerHousehold * households + PerTask * tasks;
        for (var y = Year; y < year; y++)
        {
            amount *= 1 + GrowthPercent / 100m;
        }
        return Math.Round(amount, 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>
/// Work items admitted into a community in a year (准入事项数), entered by hand until the admission
/// feature counts them; the per-task part of the funding formula uses it.
/// </summary>
public sealed class TaskCount : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public int Year { get; set; }
    public int AdmittedTasks { get; set; }
    public bool IsDemo { get; set; }
    public DateTime UpdatedAt { get; set; }
}
