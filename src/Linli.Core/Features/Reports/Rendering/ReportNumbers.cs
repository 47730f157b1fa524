using System.Globalization;

namespace Linli.Core.Features.Reports.Rendering;

/// <summary>One way of writing a report's numbers in every format, so the prose, the tables and the tests agree.</summary>
public static class ReportNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(decimal value, NumberFormat format) => format switch
    {
        NumberFormat.Decimal1 => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", Invariant),
        NumberFormat.Percent1 => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", Invariant) + "%",
        _ => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", Invariant),
    };

    public static string Text(ReportCell cell, NumberFormat format) =>
        cell.Number is { } n ? Format(n, format == NumberFormat.Text ? NumberFormat.Count : format) : cell.Text ?? "";
}
