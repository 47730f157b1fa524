namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// Makes sheet names Excel accepts. Report sheets are often named after user data (a table or group name), and
/// Excel refuses to open a file whose sheet name is too long, repeated or contains one of <c>[]:*?/\</c>.
/// </summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static string MakeValid(string requested, IReadOnlyCollection<string> taken)
    {
        var cleaned = string.Concat(requested.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '_' : c))
            .Trim().Trim('\'');
        if (cleaned.Length == 0)
        {
            cleaned = $"Sheet{taken.Count + 1}";
        }

        var name = Truncate(cleaned, MaxLength);
        for (var copy = 2; taken.Contains(name, StringComparer.OrdinalIgnoreCase); copy++)
        {
            var suffix = $" ({copy})";
            name = Truncate(cleaned, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
