using System.Globalization;
using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

// Citizen identity number (公民身份号码) per GB 11643-1999:
// 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male), 1 check character.
public static class IdNumber
{
    public const int Length = 18;

    // Nobody alive was born earlier; older dates are typing mistakes.
    private static readonly DateOnly EarliestBirthDate = new(1880, 1, 1);

    private static readonly Bilingual Label = new("身份证号码", "ID number");

    public static string Normalize(string? raw) => DocumentNumberText.Normalize(raw);

    public static DocumentNumberCheck Validate(string? raw, DateOnly today, Func<string, bool>? isKnownRegion = null)
    {
        var check = ValidateStructure(Normalize(raw), today, Label);
        if (!check.IsValid || isKnownRegion is null)
        {
            return check;
        }

        // Retired region codes stay on cards issued before the change, so this is only a warning.
        var region = check.Normalized[..6];
        return isKnownRegion(region)
            ? check
            : check with
            {
                Warning = new Bilingual(
                    $"行政区划代码{region}不在区划表中（可能是已撤销的旧代码）",
                    $"Region code {region} is not in the division list (it may be a retired code)"),
            };
    }

    // Everything GB 11643 defines except the region lookup; shared with the residence permit,
    // whose numbers follow the same layout. The label names the document in messages.
    internal static DocumentNumberCheck ValidateStructure(string normalized, DateOnly today, Bilingual label)
    {
        if (normalized.Length == 0)
        {
            return DocumentNumberCheck.Invalid(normalized, DocumentNumberCheck.Missing);
        }

        if (normalized.Length != Length)
        {
            return DocumentNumberCheck.Invalid(normalized, new Bilingual(
                $"{label.Zh}应为18位",
                $"{label.En} must have 18 characters"));
        }

        var body = normalized.AsSpan(0, Length - 1);
        var given = normalized[Length - 1];
        if (!DocumentNumberText.AllDigits(body) || !(char.IsAsciiDigit(given) || given == 'X'))
        {
            return DocumentNumberCheck.Invalid(normalized, new Bilingual(
                $"{label.Zh}应为17位数字加1位数字或X",
                $"{label.En} must be 17 digits followed by a digit or X"));
        }

        // The date is checked before the check character: a mistyped date also breaks the
        // checksum, and "invalid birth date" tells the operator where to look.
        var birthDateError = CheckBirthDate(normalized.AsSpan(6, 8), today, label, out var birthDate);
        if (birthDateError is not null)
        {
            return DocumentNumberCheck.Invalid(normalized, birthDateError);
        }

        var expected = Mod11Check.Compute(body);
        if (given != expected)
        {
            return DocumentNumberCheck.Invalid(normalized, new Bilingual(
                $"{label.Zh}校验位错误，应为{expected}",
                $"{label.En} check character is wrong; expected {expected}"));
        }

        var sex = (normalized[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return DocumentNumberCheck.Valid(normalized) with { BirthDate = birthDate, Sex = sex };
    }

    private static Bilingual? CheckBirthDate(ReadOnlySpan<char> digits, DateOnly today, Bilingual label, out DateOnly birthDate)
    {
        if (!DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
        {
            return new Bilingual($"{label.Zh}中的出生日期无效", $"{label.En} contains an invalid birth date");
        }

        if (birthDate > today)
        {
            return new Bilingual($"{label.Zh}中的出生日期晚于今天", $"{label.En} contains a birth date in the future");
        }

        if (birthDate < EarliestBirthDate)
        {
            return new Bilingual($"{label.Zh}中的出生日期早于1880年", $"{label.En} contains a birth date before 1880");
        }

        return null;
    }
}
