namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// The figures a reader can click through to the records they count, and the link to each list
/// (<c>/reports/evidence?figure=…&amp;unit=…&amp;year=…</c>, with the bands when they are not the configured ones).
/// </summary>
public static class SurveyEvidence
{
    public const string Communities = "communities";
    public const string TypePrefix = "type_";              // type_residents, type_villagers, ...
    public const string PopulationBandPrefix = "population_band_"; // population_band_0 = the lowest band
    public const string OversizeCommunities = "oversize_communities";
    public const string ShortCommunities = "workers_gap";
    public const string CommunitiesWithoutWorkers = "communities_without_workers";
    public const string WorkersActual = "workers_actual";
    public const string WorkersLeft = "workers_left";
    public const string WorkersNotOnPost = "workers_not_on_post";
    public const string FacilityArea = "facility_area_total";           // every community with its rooms' area
    public const string FacilityAreaBandPrefix = "facility_area_band_"; // facility_area_band_0 = the smallest
    public const string FacilityOwn = "facility_own";
    public const string FacilityRented = "facility_rented";
    public const string FacilityBorrowed = "facility_borrowed";
    public const string FacilityNone = "facility_none";
    public const string FacilityBelowPer100 = "facility_below_per_100_households";
    public const string RoomsMissing = "rooms_missing";
    public const string EstatesFlagged = "estates_flagged";

    /// <summary>The bands travel with the link, so the list counts what the figure counted.</summary>
    public static string Link(SurveyFigures figures, string figure, string? unit = null) =>
        $"/reports/evidence?figure={Uri.EscapeDataString(figure)}&unit={Uri.EscapeDataString(unit ?? figures.UnitCode)}&year={figures.Year}"
        + $"&population_bands={string.Join(",", figures.PopulationBounds)}"
        + (figures.Request.FacilityAreaBands is { } area ? $"&area_bands={string.Join(",", area)}" : "");
}
