using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Catalogue;

/// <summary>One answer after its field's rules: trimmed, half-width where digits matter, in the form it is stored.</summary>
public sealed record CheckedAnswer(CatalogueField Field, string? Value);

/// <summary>
/// Checks every answer of an application against its field definition. Answers for keys the form
/// does not have are refused (a stale or forged form); the first problem is returned as a failure
/// naming the field key, with the field's label in the message.
/// </summary>
public static class AnswerRules
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d"];
    private static readonly string[] Yes = ["yes", "true", "1", "on", "是", "y"];
    private static readonly string[] No = ["no", "false", "0", "off", "否", "n"];

    public static Result<IReadOnlyList<CheckedAnswer>> Check(IReadOnlyList<CatalogueField> fields, IReadOnlyDictionary<string, string?>? answers, DateOnly today)
    {
        answers ??= new Dictionary<string, string?>();
        if (answers.Keys.FirstOrDefault(k => fields.All(f => f.Key != k)) is { } unknown)
        {
            return Failure.Invalid(unknown, $"申请表没有“{unknown}”这一项，请刷新页面后重填", $"The form has no field “{unknown}”; reload the page and fill it in again");
        }
        var result = new List<CheckedAnswer>(fields.Count);
        foreach (var field in fields)
        {
            var check = CheckOne(field, answers.GetValueOrDefault(field.Key), today);
            if (!check.Ok)
            {
                return check.Failure!;
            }
            result.Add(new(field, check.Value));
        }
        return result;
    }

    public static Result<string?> CheckOne(CatalogueField field, string? raw, DateOnly today)
    {
        var text = field.Type is FieldType.Text or FieldType.LongText or FieldType.Choice
            ? raw?.Trim() ?? ""
            : DocumentNumberText.ToHalfWidth(raw).Trim();
        if (text.Length == 0)
        {
            return field.Required ? Invalid(field, $"请填写{field.LabelZh}", $"Enter {field.LabelEn}") : (string?)null;
        }
        return field.Type switch
        {
            FieldType.Text or FieldType.LongText => text.Length > field.TextLimit
                ? Invalid(field, $"{field.LabelZh}不能超过{field.TextLimit}个字", $"{field.LabelEn} must be at most {field.TextLimit} characters")
                : text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || (field.Type == FieldType.Text && text.Contains('\n'))
                    ? Invalid(field, $"{field.LabelZh}含有不可用的字符", $"{field.LabelEn} contains characters that are not allowed")
                    : text,
            FieldType.Number => Number(field, text),
            FieldType.Date => Date(field, text),
            FieldType.Choice => field.Choices?.Contains(text) == true
                ? text
                : Invalid(field, $"{field.LabelZh}请从给出的选项中选择", $"Choose {field.LabelEn} from the listed options"),
            FieldType.IdNumber => Id(field, text, today),
            FieldType.Phone => PhoneNumber.Validate(text) is { IsValid: true } phone
                ? phone.Normalized
                : Invalid(field, $"{field.LabelZh}格式不正确（手机号11位，固话带区号）", $"{field.LabelEn} is not a valid phone number"),
            FieldType.YesNo => Yes.Contains(text.ToLowerInvariant()) ? "yes"
                : No.Contains(text.ToLowerInvariant()) ? "no"
                : Invalid(field, $"{field.LabelZh}请选择“是”或“否”", $"Answer {field.LabelEn} with yes or no"),
            _ => Invalid(field, $"{field.LabelZh}的类型不正确", $"{field.LabelEn} has an unknown type"),
        };
    }

    private static Result<string?> Number(CatalogueField field, string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Invalid(field, $"{field.LabelZh}应为数字", $"{field.LabelEn} must be a number");
        }
        if (value < field.Min || value > field.Max)
        {
            return Invalid(field, $"{field.LabelZh}应在{field.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"}到{field.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}之间",
                $"{field.LabelEn} must be between {field.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"} and {field.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
        }
        return value.ToString("G29", CultureInfo.InvariantCulture); // 1200.50 → 1200.5
    }

    private static Result<string?> Date(CatalogueField field, string text)
    {
        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1880 || date.Year > 2200)
        {
            return Invalid(field, $"{field.LabelZh}应为有效日期（如 2026-03-01）", $"{field.LabelEn} must be a valid date (e.g. 2026-03-01)");
        }
        if (date < field.MinDate || date > field.MaxDate)
        {
            return Invalid(field, $"{field.LabelZh}应在{L(field.MinDate)}到{L(field.MaxDate)}之间", $"{field.LabelEn} must be between {L(field.MinDate)} and {L(field.MaxDate)}");
        }
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Result<string?> Id(CatalogueField field, string text, DateOnly today)
    {
        var check = IdNumber.Validate(text, today);
        return check.IsValid ? check.Normalized : Invalid(field, $"{field.LabelZh}：{check.Error!.Zh}", $"{field.LabelEn}: {check.Error.En}");
    }

    private static string L(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";

    private static Failure Invalid(CatalogueField field, string zh, string en) => Failure.Invalid(field.Key, zh, en);
}
