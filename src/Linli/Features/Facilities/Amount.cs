using System.Globalization;

namespace Linli.Features.Facilities;

/// <summary>Reads a yuan or m² amount typed into a form ("12,000", "350.5"); null when it is not a number.</summary>
public static class Amount
{
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
