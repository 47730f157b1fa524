using Linli.Core.Common;

namespace Linli.Core.Features.Catalogue;

/// <summary>What kind of answer a catalogue form field takes; each has its own rules in <see cref="AnswerRules"/>.</summary>
public enum FieldType
{
    Text = 1,      // 单行文字
    LongText = 2,  // 多行文字
    Number = 3,    // 数字
    Date = 4,      // 日期
    Choice = 5,    // 选项
    IdNumber = 6,  // 身份证号码: checksum and birth date checked, encrypted at rest, masked on screen
    Phone = 7,     // 联系电话: encrypted at rest, masked on screen
    YesNo = 8,     // 是/否
}

public static class FieldTypeNames
{
    public static Bilingual Of(FieldType type) => type switch
    {
        FieldType.Text => new("单行文字", "Text"),
        FieldType.LongText => new("多行文字", "Long text"),
        FieldType.Number => new("数字", "Number"),
        FieldType.Date => new("日期", "Date"),
        FieldType.Choice => new("选项", "Choice"),
        FieldType.IdNumber => new("身份证号码", "ID number"),
        FieldType.Phone => new("联系电话", "Phone"),
        FieldType.YesNo => new("是/否", "Yes/no"),
        _ => new(type.ToString(), type.ToString()),
    };

    /// <summary>Answers of these types are personal data: stored encrypted, shown masked, disclosed only with a purpose.</summary>
    public static bool IsProtected(this FieldType type) => type is FieldType.IdNumber or FieldType.Phone;

    /// <summary>Accepts the English name (any case) or the Chinese name.</summary>
    public static FieldType? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (Enum.TryParse<FieldType>(t, ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(t, out _))
        {
            return type;
        }
        return Enum.GetValues<FieldType>().Cast<FieldType?>().FirstOrDefault(f => Of(f!.Value).Zh == t);
    }
}
