using System.Globalization;
using Linli.Core.Common;

namespace Linli.Core.Features.Facilities;

/// <summary>The arithmetic of the facility figures, kept apart so each rule is tested on its own.</summary>
public static class FacilityFormula
{
    /// <summary>m² per 100 households, one decimal: 420 m² for 1,200 households → 35.0.</summary>
    public static decimal? AreaPer100(decimal area, int households) =>
        households == 0 ? null : Math.Round(area * 100m / households, 1, MidpointRounding.AwayFromZero);

    /// <summary>Area a community needs under "N m² per 100 households": 1,200 households at 30 → 360 m².</summary>
    public static decimal RequiredArea(int households, decimal perHundred) => Math.Round(households * perHundred / 100m, 1, MidpointRounding.AwayFromZero);

    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Counts areas into [0, b1), [b1, b2), …, [bn, ∞): 300 falls in "300–600".</summary>
    public static IReadOnlyList<AreaBand> Bands(IEnumerable<decimal> areas, IReadOnlyList<decimal> bounds)
    {
        var list = areas.ToList();
        var result = new List<AreaBand>();
        for (var i = 0; i <= bounds.Count; i++)
        {
            var from = i == 0 ? 0 : bounds[i - 1];
            decimal? to = i < bounds.Count ? bounds[i] : null;
            var label = (i, to) switch
            {
                (0, { } t) => new Bilingual($"{N(t)}平方米以下", $"under {N(t)} m²"),
                (_, { } t) => new Bilingual($"{N(from)}—{N(t)}平方米", $"{N(from)}–{N(t)} m²"),
                _ => new Bilingual($"{N(from)}平方米及以上", $"{N(from)} m² and over"),
            };
            result.Add(new AreaBand(from, to, label, list.Count(a => a >= from && (to is null || a < to))));
        }
        return result;
    }

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
