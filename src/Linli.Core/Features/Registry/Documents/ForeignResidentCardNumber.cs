using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

// 外国人永久居留身份证. Cards issued since December 2023 carry 18 characters starting with 9
// and the GB 11643 check character; older cards (still valid) carry 3 letters + 12 digits.
// The published rules only pin down the leading 9 and the checksum of the new format, so no
// birth date or sex is read from it.
public static class ForeignResidentCardNumber
{
    private const int NewLength = 18;
    private const int OldLength = 15;
    private const int OldLetterCount = 3;

    private static readonly Bilingual FormatError = new(
        "外国人永久居留身份证号码应为9开头的18位号码，或3个字母加12位数字",
        "Foreign permanent resident ID number must be 18 characters starting with 9, or 3 letters followed by 12 digits");

    public static DocumentNumberCheck Validate(string? raw)
    {
        var normalized = DocumentNumberText.Normalize(raw);
        if (normalized.Length == 0)
        {
            return DocumentNumberCheck.Invalid(normalized, DocumentNumberCheck.Missing);
        }

        return normalized.Length switch
        {
            NewLength => ValidateNewFormat(normalized),
            OldLength when IsOldFormat(normalized) => DocumentNumberCheck.Valid(normalized),
            _ => DocumentNumberCheck.Invalid(normalized, FormatError),
        };
    }

    private static DocumentNumberCheck ValidateNewFormat(string normalized)
    {
        var body = normalized.AsSpan(0, NewLength - 1);
        var given = normalized[NewLength - 1];
        if (normalized[0] != '9' || !DocumentNumberText.AllDigits(body) || !(char.IsAsciiDigit(given) || given == 'X'))
        {
            return DocumentNumberCheck.Invalid(normalized, FormatError);
        }

        var expected = Mod11Check.Compute(body);
        return given == expected
            ? DocumentNumberCheck.Valid(normalized)
            : DocumentNumberCheck.Invalid(normalized, new Bilingual(
                $"外国人永久居留身份证号码校验位错误，应为{expected}",
                $"Foreign permanent resident ID number check character is wrong; expected {expected}"));
    }

    private static bool IsOldFormat(string normalized)
    {
        var letters = normalized.AsSpan(0, OldLetterCount);
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return DocumentNumberText.AllDigits(normalized.AsSpan(OldLetterCount));
    }
}
