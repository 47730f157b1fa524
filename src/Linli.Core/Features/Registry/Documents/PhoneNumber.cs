using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

// Mainland contact numbers. Normalised forms:
//   mobile   13812345678
//   landline 0371-12345678 or 010-12345678-123 (area code, number, optional extension)
// Landlines keep their dashes because without them the extension could not be told apart.
public static class PhoneNumber
{
    public static readonly Bilingual InvalidFormat = new("联系电话格式不正确", "Phone number format is invalid");

    private const int MobileLength = 11;
    private const int MaxExtensionLength = 6;

    public static string Normalize(string? raw) => Validate(raw).Normalized;

    public static PhoneNumberCheck Validate(string? raw)
    {
        var cleaned = Clean(raw);
        if (TryMobile(cleaned) is { } mobile)
        {
            return new PhoneNumberCheck(true, mobile, PhoneKind.Mobile, null);
        }

        if (TryLandline(cleaned) is { } landline)
        {
            return new PhoneNumberCheck(true, landline, PhoneKind.Landline, null);
        }

        return new PhoneNumberCheck(false, cleaned, null, InvalidFormat);
    }

    // Drops the decoration people type around numbers: spaces and brackets around the area code.
    private static string Clean(string? raw) =>
        new([.. DocumentNumberText.ToHalfWidth(raw).Where(c => !char.IsWhiteSpace(c) && c is not ('(' or ')'))]);

    private static string? TryMobile(string cleaned)
    {
        var digits = cleaned.Replace("-", "", StringComparison.Ordinal);
        if (digits.StartsWith('+'))
        {
            if (!digits.StartsWith("+86", StringComparison.Ordinal))
            {
                return null;
            }

            digits = digits[3..];
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.Length == MobileLength + 2 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        var isMobile = digits.Length == MobileLength
            && DocumentNumberText.AllDigits(digits)
            && digits[0] == '1'
            && digits[1] is >= '3' and <= '9';
        return isMobile ? digits : null;
    }

    private static string? TryLandline(string cleaned)
    {
        var parts = cleaned.Split('-');
        if (parts.Any(p => p.Length == 0 || !DocumentNumberText.AllDigits(p)))
        {
            return null;
        }

        // Split into "area code + number" and extension; a short first part is the area code.
        (string main, string? extension, string? typedAreaCode) = parts.Length switch
        {
            1 => (parts[0], null, null),
            2 when parts[0].Length <= 4 => (parts[0] + parts[1], null, parts[0]),
            2 => (parts[0], parts[1], null),
            3 => (parts[0] + parts[1], parts[2], parts[0]),
            _ => (string.Empty, null, null),
        };

        if (main.Length < 2 || main[0] != '0' || main[1] == '0')
        {
            return null;
        }

        var areaCode = main[..AreaCodeLength(main)];
        var local = main[areaCode.Length..];
        var wellFormed = (typedAreaCode is null || typedAreaCode == areaCode)
            && local.Length is 7 or 8
            && local[0] is >= '2' and <= '9'
            && extension is null or { Length: <= MaxExtensionLength };
        if (!wellFormed)
        {
            return null;
        }

        return extension is null ? $"{areaCode}-{local}" : $"{areaCode}-{local}-{extension}";
    }

    // Beijing (010) and the 02x cities have two-digit codes after the 0; every other area three.
    private static int AreaCodeLength(string main) =>
        main.StartsWith("010", StringComparison.Ordinal) || main[1] == '2' ? 3 : 4;
}
