using System.Globalization;
using Linli.Components;

namespace Linli.Features.Admission.Pages;

/// <summary>Parses form fields the way the admission forms need, recording a message under the field when the text is not a number or date.</summary>
public static class FormText
{
    public static int? WholeNumber(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        errors[field] = L.T("请输入整数", "Enter a whole number");
        return null;
    }

    public static decimal? Number(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
        errors[field] = L.T("请输入数字", "Enter a number");
        return null;
    }

    public static DateOnly? Date(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[field] = L.T("日期格式应为 2026-01-01", "Use a date like 2026-01-01");
        return null;
    }

    /// <summary>Codes separated by spaces, commas (either width) or new lines.</summary>
    public static IReadOnlyList<string> Codes(string? text) =>
        (text ?? "").Split([' ', ',', '，', '、', '\n', '\r', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
