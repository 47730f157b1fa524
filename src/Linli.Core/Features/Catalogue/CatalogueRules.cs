using System.Text.RegularExpressions;
using Linli.Core.Common;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// Checks a catalogue item as an admin submits it; the first problem is returned naming its field
/// ("fields[2].choices", "materials[0].nameZh", "timeLimitDays"), so forms and the API point at it.
/// </summary>
public static partial class CatalogueRules
{
    public const int MaxFields = 30;
    public const int MaxMaterials = 20;
    public const int MaxChoices = 30;
    public const int MaxTimeLimitDays = 180;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,19}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex KeyPattern();

    public static Failure? Check(CatalogueDraft d)
    {
        if (!CodePattern().IsMatch(d.Code?.Trim() ?? ""))
        {
            return Failure.Invalid("code", "事项编码应为2–20位字母、数字或连字符", "The code must be 2–20 letters, digits or hyphens");
        }
        if (Text(d.NameZh, 1, 50) is null)
        {
            return Failure.Invalid("nameZh", "请填写中文名称（最多50个字）", "Enter the Chinese name (at most 50 characters)");
        }
        if (Text(d.NameEn, 1, 100) is null)
        {
            return Failure.Invalid("nameEn", "请填写英文名称（最多100个字符）", "Enter the English name (at most 100 characters)");
        }
        if (Text(d.GuideZh, 1, 1000) is null)
        {
            return Failure.Invalid("guideZh", "请填写中文办事说明（最多1000个字）", "Enter the Chinese guide text (at most 1000 characters)");
        }
        if (Text(d.GuideEn, 1, 2000) is null)
        {
            return Failure.Invalid("guideEn", "请填写英文办事说明（最多2000个字符）", "Enter the English guide text (at most 2000 characters)");
        }
        if (!Enum.IsDefined(d.Level))
        {
            return Failure.Invalid("level", "请选择承办层级（社区、街道或区职能部门）", "Choose the handling level (community, street or district department)");
        }
        if (d.TimeLimitDays is < 1 or > MaxTimeLimitDays)
        {
            return Failure.Invalid("timeLimitDays", $"承诺时限应为1–{MaxTimeLimitDays}个工作日", $"The time limit must be 1–{MaxTimeLimitDays} working days");
        }
        if (!Enum.IsDefined(d.FeeClass))
        {
            return Failure.Invalid("feeClass", "请选择收费类别（免费、低偿或有偿）", "Choose the fee class (free, low-cost or paid)");
        }
        if (d.FeeNote?.Trim().Length > 200)
        {
            return Failure.Invalid("feeNote", "收费说明不能超过200个字", "The fee note must be at most 200 characters");
        }
        if (d.FeeClass != FeeClass.Free && string.IsNullOrWhiteSpace(d.FeeNote))
        {
            return Failure.Invalid("feeNote", "低偿或有偿事项须写明收费标准", "Low-cost and paid items must state the fee");
        }
        return CheckMaterials(d.Materials) ?? CheckFields(d.Fields);
    }

    public static Failure? CheckMaterials(IReadOnlyList<CatalogueMaterial>? materials)
    {
        if (materials is null || materials.Count > MaxMaterials)
        {
            return Failure.Invalid("materials", $"申请材料最多{MaxMaterials}项", $"At most {MaxMaterials} materials");
        }
        for (var i = 0; i < materials.Count; i++)
        {
            if (Text(materials[i].NameZh, 1, 100) is null)
            {
                return Failure.Invalid($"materials[{i}].nameZh", $"第{i + 1}项材料须填写中文名称（最多100个字）", $"Material {i + 1} needs a Chinese name (at most 100 characters)");
            }
            if (Text(materials[i].NameEn, 1, 200) is null)
            {
                return Failure.Invalid($"materials[{i}].nameEn", $"第{i + 1}项材料须填写英文名称（最多200个字符）", $"Material {i + 1} needs an English name (at most 200 characters)");
            }
        }
        return null;
    }

    public static Failure? CheckFields(IReadOnlyList<CatalogueField>? fields)
    {
        if (fields is null || fields.Count is 0 or > MaxFields)
        {
            return Failure.Invalid("fields", $"申请表须有1–{MaxFields}个字段", $"The form needs 1–{MaxFields} fields");
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (CheckField(fields[i], i, keys) is { } failure)
            {
                return failure;
            }
        }
        return null;
    }

    private static Failure? CheckField(CatalogueField f, int i, HashSet<string> keys)
    {
        var at = $"fields[{i}]";
        var n = i + 1;
        if (!KeyPattern().IsMatch(f.Key ?? ""))
        {
            return Failure.Invalid($"{at}.key", $"第{n}个字段的标识应以小写字母开头，由字母、数字或下划线组成（最多40位）", $"Field {n}: the key must start with a lower-case letter and use letters, digits or underscores (at most 40)");
        }
        if (!keys.Add(f.Key!))
        {
            return Failure.Invalid($"{at}.key", $"第{n}个字段的标识“{f.Key}”重复", $"Field {n}: the key “{f.Key}” is used twice");
        }
        if (Text(f.LabelZh, 1, 50) is null || Text(f.LabelEn, 1, 100) is null)
        {
            return Failure.Invalid($"{at}.label", $"第{n}个字段须有中英文名称（中文最多50个字）", $"Field {n} needs Chinese and English labels (Chinese at most 50 characters)");
        }
        if (!Enum.IsDefined(f.Type))
        {
            return Failure.Invalid($"{at}.type", $"第{n}个字段“{f.LabelZh}”的类型不正确", $"Field {n} “{f.LabelEn}” has an unknown type");
        }
        if (f.Type == FieldType.Choice)
        {
            var choices = f.Choices ?? [];
            if (choices.Count is < 2 or > MaxChoices || choices.Any(c => Text(c, 1, 50) is null) || choices.Distinct(StringComparer.Ordinal).Count() != choices.Count)
            {
                return Failure.Invalid($"{at}.choices", $"第{n}个字段“{f.LabelZh}”须有2–{MaxChoices}个互不相同的选项（每项最多50个字）", $"Field {n} “{f.LabelEn}” needs 2–{MaxChoices} distinct choices (each at most 50 characters)");
            }
        }
        else if (f.Choices is { Count: > 0 })
        {
            return Failure.Invalid($"{at}.choices", $"只有“选项”类型的字段可以设置选项（第{n}个字段“{f.LabelZh}”）", $"Only choice fields take choices (field {n} “{f.LabelEn}”)");
        }
        if (f.MaxLength is { } max && (max is < 1 or > CatalogueField.LongestAnswer || f.Type is not (FieldType.Text or FieldType.LongText)))
        {
            return Failure.Invalid($"{at}.maxLength", $"第{n}个字段“{f.LabelZh}”：最大长度只用于文字字段，须在1–{CatalogueField.LongestAnswer}之间", $"Field {n} “{f.LabelEn}”: a max length is for text fields only, 1–{CatalogueField.LongestAnswer}");
        }
        if ((f.Min is not null || f.Max is not null) && f.Type != FieldType.Number)
        {
            return Failure.Invalid($"{at}.min", $"第{n}个字段“{f.LabelZh}”：最小/最大值只用于数字字段", $"Field {n} “{f.LabelEn}”: min and max are for number fields only");
        }
        if ((f.MinDate is not null || f.MaxDate is not null) && f.Type != FieldType.Date)
        {
            return Failure.Invalid($"{at}.minDate", $"第{n}个字段“{f.LabelZh}”：日期范围只用于日期字段", $"Field {n} “{f.LabelEn}”: a date range is for date fields only");
        }
        if (f.Min > f.Max || f.MinDate > f.MaxDate)
        {
            return Failure.Invalid($"{at}.min", $"第{n}个字段“{f.LabelZh}”：最小值大于最大值", $"Field {n} “{f.LabelEn}”: the minimum is above the maximum");
        }
        return null;
    }

    private static string? Text(string? value, int min, int max)
    {
        var t = value?.Trim() ?? "";
        return t.Length >= min && t.Length <= max ? t : null;
    }
}

/// <summary>A catalogue item as an admin form or the API sends it.</summary>
public sealed record CatalogueDraft(
    string? Code,
    string? NameZh,
    string? NameEn,
    string? GuideZh,
    string? GuideEn,
    HandlingLevel Level,
    string? FixedUnitCode,
    int TimeLimitDays,
    FeeClass FeeClass,
    string? FeeNote,
    bool Active,
    IReadOnlyList<CatalogueMaterial>? Materials,
    IReadOnlyList<CatalogueField>? Fields);
