using System.Globalization;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>Turns band bounds into labelled bands: [10000, 20000] → "10000人以下", "10000—20000人", "20000人及以上".</summary>
public static class SurveyBands
{
    public static IReadOnlyList<Band> Population(IReadOnlyList<int> bounds) => Make(bounds, "人");

    public static IReadOnlyList<Band> Area(IReadOnlyList<int> bounds) => Make(bounds, "平方米");

    private static List<Band> Make(IReadOnlyList<int> bounds, string unit)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var bands = new List<Band>();
        for (var i = 0; i <= bounds.Count; i++)
        {
            int? min = i == 0 ? null : bounds[i - 1];
            int? max = i == bounds.Count ? null : bounds[i];
            var label = (min, max) switch
            {
                (null, { } m) => $"{N(m)}{unit}以下",
                ({ } lo, null) => $"{N(lo)}{unit}及以上",
                ({ } lo, { } hi) => $"{N(lo)}—{N(hi)}{unit}",
                _ => "全部",
            };
            bands.Add(new Band(label, min, max, 0));
        }
        return bands;
    }
}
