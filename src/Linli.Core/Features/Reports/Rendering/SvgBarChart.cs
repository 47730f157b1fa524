using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Linli.Core.Features.Reports.Rendering;

/// <summary>
/// A horizontal bar chart as inline SVG: no script and no chart library, so it prints, works in a
/// downloaded file and on a phone. Labels sit left of the bars, values right of them.
/// </summary>
public static class SvgBarChart
{
    private const int RowHeight = 26, LabelWidth = 170, BarWidth = 360, ValueWidth = 80;

    public static string Render(ReportChart chart, bool links)
    {
        var max = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => b.Value);
        var height = Math.Max(1, chart.Bars.Count) * RowHeight + 8;
        var width = LabelWidth + BarWidth + ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg class="chart" role="img" aria-label="{HtmlEncode(chart.Caption)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}">""");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = 4 + i * RowHeight;
            var length = max <= 0 ? 0 : (double)(bar.Value / max) * BarWidth;
            var value = ReportNumbers.Format(bar.Value, bar.Value == decimal.Truncate(bar.Value) ? NumberFormat.Count : NumberFormat.Decimal1);
            var open = links && bar.Link is { } href ? $"""<a href="{HtmlEncode(href)}">""" : "";
            svg.Append(open);
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="{LabelWidth - 6}" y="{y + 17}" text-anchor="end" font-size="13">{HtmlEncode(bar.Label)}</text>""");
            svg.Append(CultureInfo.InvariantCulture,
                $"""<rect x="{LabelWidth}" y="{y + 3}" width="{length:0.#}" height="{RowHeight - 8}" fill="#2f6fb0"><title>{HtmlEncode(bar.Label)}: {value}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="{LabelWidth + length + 6:0.#}" y="{y + 17}" font-size="13">{value}</text>""");
            svg.Append(open.Length > 0 ? "</a>" : "");
        }
        return svg.Append("</svg>").ToString();
    }
}
