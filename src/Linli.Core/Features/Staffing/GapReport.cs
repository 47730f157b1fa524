using Linli.Core.Common;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;

namespace Linli.Core.Features.Staffing;

/// <summary>
/// Workers required under one staffing standard. A rollup may cover areas under different values
/// (a district overriding its province), so it lists every standard row it used.
/// </summary>
public sealed record Requirement(string Key, Bilingual Name, int Required, int Gap, IReadOnlyList<StandardInForce> Standards, int CommunitiesWithoutStandard);

/// <summary>
/// Communities over the size cap in force for them (households or residents) and how many new
/// communities splitting them would need: a community of 3,001 households at a cap of 3,000 splits in two.
/// </summary>
public sealed record SizeCheck(int Oversize, int NewCommunitiesNeeded, IReadOnlyList<StandardInForce> Standards);

public sealed record GapRow(
    string Code, string Name, OrgUnitKind Kind, int Communities, int Households, int Residents, int UrbanResidents,
    int Actual, int NotOnPost, int OnRollInYear, int LeftInYear, decimal? TurnoverPercent, IReadOnlyList<Requirement> Requirements, SizeCheck Size)
{
    public Requirement? For(string key) => Requirements.FirstOrDefault(r => r.Key == key);
}

/// <summary>Counts of the workers on the roll by a property (age band, sex, education, ...).</summary>
public sealed record MixLine(Bilingual Label, int Count);

public sealed record WorkforceMix(
    IReadOnlyList<MixLine> Age, IReadOnlyList<MixLine> Sex, IReadOnlyList<MixLine> Education,
    IReadOnlyList<MixLine> Certificate, IReadOnlyList<MixLine> Employment);

/// <summary>The staffing gap of a unit for a year: its own totals, one row per child unit, the workforce mix.</summary>
public sealed record GapReport(int Year, DateOnly AsOf, string? ParentCode, GapRow Total, IReadOnlyList<GapRow> Children, WorkforceMix Mix);
