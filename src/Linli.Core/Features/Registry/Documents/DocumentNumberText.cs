namespace Linli.Core.Features.Registry.Documents;

// Spreadsheets typed with a Chinese IME often contain full-width digits, letters and spaces.
internal static class DocumentNumberText
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    public static string ToHalfWidth(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        return string.Create(raw.Length, raw, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                destination[i] = c switch
                {
                    >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
                    IdeographicSpace => ' ',
                    _ => c,
                };
            }
        });
    }

    // Trimmed, half-width and upper-case: the form numbers are stored, hashed and compared in.
    public static string Normalize(string? raw) => ToHalfWidth(raw).Trim().ToUpperInvariant();

    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
