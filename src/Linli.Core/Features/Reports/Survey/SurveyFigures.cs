using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Standards;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>What the survey report is asked for. Null bands mean the configured ones (<see cref="SurveyOptions"/>).</summary>
public sealed record SurveyRequest(string? Unit, int Year, IReadOnlyList<int>? PopulationBands = null, IReadOnlyList<int>? FacilityAreaBands = null);

/// <summary>A band of a distribution: <see cref="Min"/> inclusive, <see cref="Max"/> exclusive, either open.</summary>
public sealed record Band(string Label, int? Min, int? Max, int Communities)
{
    public bool Holds(decimal value) => (Min is null || value >= Min) && (Max is null || value < Max);
}

public sealed record TypeCount(string Key, string Label, int Count);

/// <summary>A child unit's row: the staffing gap row plus how many of its communities are urban.</summary>
public sealed record ChildFigures(GapRow Row, int UrbanCommunities);

/// <summary>A problem found, with the evidence: the figure to click through to, the communities it concerns and the standards it rests on.</summary>
public sealed record SurveyProblem(string Key, string Text, string EvidenceFigure, IReadOnlyList<string> Communities, IReadOnlyList<StandardInForce> Standards);

/// <summary>Every figure of the survey report (基本情况报告) of a unit and year, before it becomes prose, tables or JSON.</summary>
public sealed record SurveyFigures(
    SurveyRequest Request, string UnitCode, string UnitName, OrgUnitKind UnitKind, string? ParentCode, DateOnly AsOf, bool DemoData,
    int Communities, IReadOnlyList<TypeCount> ByType, int UrbanCommunities, int Households, int Residents, int UrbanResidents,
    IReadOnlyList<int> PopulationBounds, IReadOnlyList<Band> PopulationBands,
    GapRow Staffing, WorkforceMix Mix, IReadOnlyList<ChildFigures> Children,
    IReadOnlyList<CommunityFacts> Oversize, int CommunitiesWithoutWorkers,
    Facilities.FacilityReport Facilities, Facilities.EstateReport Estates,
    IReadOnlyList<SurveyProblem> Problems)
{
    public int Year => Request.Year;

    /// <summary>The requirement the headline figures use: of the staffing standards in force, the one that asks for the most workers.</summary>
    public Requirement? Headline => Staffing.Requirements.Where(r => r.Standards.Count > 0).OrderByDescending(r => r.Required).FirstOrDefault();
}

/// <summary>Reads a survey request from text arguments (query string, form); failures name the argument.</summary>
public static class SurveyRequests
{
    public static Linli.Core.Common.Result<SurveyRequest> Parse(string? unit, string? year, string? populationBands, int defaultYear, string? areaBands = null)
    {
        var y = defaultYear;
        if (!string.IsNullOrWhiteSpace(year) && !int.TryParse(year.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out y))
        {
            return Linli.Core.Common.Failure.Invalid("year", $"year：“{year}”不是年份，请写四位数字，如 2025", $"year: \"{year}\" is not a year; write four digits, e.g. 2025");
        }
        int[]? bands = null;
        if (!string.IsNullOrWhiteSpace(populationBands) && (bands = SurveyOptions.ParseBands(populationBands)) is null)
        {
            return Linli.Core.Common.Failure.Invalid("population_bands", $"population_bands：“{populationBands}”应为逐个增大的正整数，用逗号分隔，如 10000,20000,30000",
                $"population_bands: \"{populationBands}\" must be rising whole numbers separated by commas, e.g. 10000,20000,30000");
        }
        int[]? area = null;
        if (!string.IsNullOrWhiteSpace(areaBands) && (area = SurveyOptions.ParseBands(areaBands)) is null)
        {
            return Linli.Core.Common.Failure.Invalid("area_bands", $"area_bands：“{areaBands}”应为逐个增大的正整数，用逗号分隔，如 300,600,1000",
                $"area_bands: \"{areaBands}\" must be rising whole numbers separated by commas, e.g. 300,600,1000");
        }
        return new SurveyRequest(string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), y, bands, area);
    }
}
