using System.Globalization;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Converts between A1-style cell references and zero-based column indexes.</summary>
internal static class CellReference
{
    /// <summary>Excel's last column is XFD; anything wider is a damaged reference, not a real column.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The zero-based column of a reference such as "C5" (or just "C").</summary>
    public static bool TryParseColumn(ReadOnlySpan<char> reference, out int column)
    {
        column = -1;
        var value = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            value = (value * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return false;
            }
        }

        if (letters == 0 || value > MaxColumns)
        {
            return false;
        }

        column = value - 1;
        return true;
    }

    /// <summary>The row number of a reference such as "M100001", ignoring the column letters.</summary>
    public static bool TryParseRow(ReadOnlySpan<char> reference, out int row)
    {
        var digitsStart = 0;
        while (digitsStart < reference.Length && char.IsAsciiLetter(reference[digitsStart]))
        {
            digitsStart++;
        }

        return int.TryParse(reference[digitsStart..], NumberStyles.None, CultureInfo.InvariantCulture, out row)
            && row > 0;
    }

    /// <summary>The letters of a zero-based column: 0 → "A", 26 → "AA".</summary>
    public static string ColumnName(int column)
    {
        Span<char> letters = stackalloc char[3];
        var start = letters.Length;
        for (var remaining = column + 1; remaining > 0; remaining = (remaining - 1) / 26)
        {
            letters[--start] = (char)('A' + ((remaining - 1) % 26));
        }

        return new string(letters[start..]);
    }

    public static string Format(int column, int row) =>
        ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
}
