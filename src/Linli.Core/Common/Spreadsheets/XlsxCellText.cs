using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Turns a stored cell into the text a user sees (and most likely typed) in Excel.</summary>
internal static class XlsxCellText
{
    public static string Read(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? "";
        switch (cell.DataType?.Value)
        {
            case CellValues.SharedString:
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < sharedStrings.Count ? sharedStrings[index] : "";
            case CellValues.InlineString:
                return cell.InlineString is { } inline ? Flatten(inline) : raw;
            case CellValues.Boolean:
                return raw switch { "1" => "TRUE", "0" => "FALSE", _ => raw };
            case null:
            case CellValues.Number:
                return FormatNumber(raw);
            default:
                // Formula string results, error codes and ISO dates are stored as the text to show.
                return raw;
        }
    }

    /// <summary>
    /// The text of a plain or rich string, without phonetic guides (those would duplicate the reading of names).
    /// </summary>
    public static string Flatten(RstType item) =>
        string.Concat(item.ChildElements.Select(child => child switch
        {
            Text text => text.Text,
            Run run => run.Text?.Text,
            _ => null,
        }));

    /// <summary>
    /// Numbers come out as typed: a phone number stored as 1.3812345678E+10 reads "13812345678", whole numbers
    /// have no decimals, and binary noise such as 0.30000000000000004 is rounded to Excel's 15 digits.
    /// </summary>
    public static string FormatNumber(string raw)
    {
        if (IsPlainInteger(raw))
        {
            // Already what the user typed; converting could only lose digits beyond double precision.
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            return raw;
        }

        // Decimal keeps 15 significant digits, as Excel shows, and never prints an exponent.
        var magnitude = Math.Abs(value);
        if (value == 0 || magnitude is >= 1e-15 and < 1e27)
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static bool IsPlainInteger(string raw)
    {
        var digits = raw.AsSpan(raw.StartsWith('-') ? 1 : 0);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
