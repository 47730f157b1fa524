using System.Globalization;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// The survey report's bands and alert thresholds (configuration section <c>Linli:Reports</c>). Size caps and
/// facility standards are not here: they are standards, set per unit on /standards and inherited downward.
/// A request can pass its own bands (CLI <c>--population-bands</c>, API <c>population_bands=</c>).
/// </summary>
public sealed class SurveyOptions
{
    public const string Section = "Linli:Reports";

    // Bands are configured as text ("10000,20000,30000"): the configuration binder appends to an array
    // that has a default instead of replacing it.

    /// <summary>Upper bounds of the population bands: the default gives under 10,000 / 10,000–20,000 / 20,000–30,000 / 30,000 and over.</summary>
    public string PopulationBands { get; set; } = "10000,20000,30000";

    /// <summary>Upper bounds of the facility-area bands in m²: under 300 / 300–600 / 600–1,000 / 1,000 and over.</summary>
    public string FacilityAreaBands { get; set; } = "300,600,1000";

    public IReadOnlyList<int> PopulationBounds => ParseBands(PopulationBands) ?? [10_000, 20_000, 30_000];

    public IReadOnlyList<int> FacilityAreaBounds => ParseBands(FacilityAreaBands) ?? [300, 600, 1_000];

    public bool IsValid => ParseBands(PopulationBands) is not null && ParseBands(FacilityAreaBands) is not null && TurnoverAlertPercent >= 0;

    /// <summary>A yearly worker turnover above this percentage is listed among the problems found.</summary>
    public decimal TurnoverAlertPercent { get; set; } = 10m;

    /// <summary>"10000,20000,30000" → bounds; null if the text is not a strictly rising list of positive whole numbers.</summary>
    public static int[]? ParseBands(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries);
        var bounds = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bounds[i]) || bounds[i] <= 0 || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                return null;
            }
        }
        return bounds.Length is > 0 and <= 10 ? bounds : null;
    }
}
