namespace Linli.Core.Features.Wages;

/// <summary>
/// A city's (or any unit's) wage figures for a year, as published locally: the average wage
/// (社会平均工资, yuan per year) and the minimum wage (最低工资标准, yuan per month). A unit without
/// its own row uses the nearest ancestor's, so a province can enter one value for all its cities.
/// </summary>
public sealed class LocalWage : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long OrgUnitId { get; set; }
    public required string Path { get; set; }
    public int Year { get; set; }
    public decimal? AverageAnnual { get; set; }
    public decimal? MinimumMonthly { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
}
