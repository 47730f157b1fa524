namespace Linli.Core.Common.Privacy;

// Display masks for lists and exports where staff need to recognise a record, not read the value.
public static class Mask
{
    private const char Star = '*';

    // 18-character ID: 411102********1234 (region code and last four, as banks and the police print it).
    // Shorter numbers keep less so that most of the number stays hidden.
    public static string IdNumber(string? number)
    {
        var value = number?.Trim() ?? string.Empty;
        return value.Length switch
        {
            0 => string.Empty,
            <= 2 => new string(Star, value.Length),
            < 8 => Keep(value, 1, 1),
            < 14 => Keep(value, 2, 2),
            _ => Keep(value, 6, 4),
        };
    }

    // Expects the form PhoneNumber.Normalize produces: 13812345678 → 138****5678,
    // 0371-12345678-123 → 0371-******78 (area code and last two; the extension is dropped).
    public static string Phone(string? phone)
    {
        var value = phone?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (value.Length == 11 && value[0] == '1' && value.All(char.IsAsciiDigit))
        {
            return Keep(value, 3, 4);
        }

        var parts = value.Split('-');
        if (value[0] == '0' && parts.Length >= 2 && parts[1].Length > 2)
        {
            return $"{parts[0]}-{Keep(parts[1], 0, 2)}";
        }

        // Unrecognised input: reveal no more than the last two characters.
        return value.Length <= 2 ? new string(Star, value.Length) : Keep(value, 0, 2);
    }

    private static string Keep(string value, int head, int tail) =>
        string.Concat(value.AsSpan(0, head), new string(Star, value.Length - head - tail), value.AsSpan(value.Length - tail));
}
