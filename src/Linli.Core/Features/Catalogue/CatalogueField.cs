namespace Linli.Core.Features.Catalogue;

/// <summary>
/// One field of a catalogue item's application form. <see cref="MaxLength"/> limits text answers;
/// <see cref="Min"/>/<see cref="Max"/> bound numbers; <see cref="MinDate"/>/<see cref="MaxDate"/> bound dates.
/// </summary>
public sealed record CatalogueField(
    string Key,
    string LabelZh,
    string LabelEn,
    FieldType Type,
    bool Required = true,
    IReadOnlyList<string>? Choices = null,
    int? MaxLength = null,
    decimal? Min = null,
    decimal? Max = null,
    DateOnly? MinDate = null,
    DateOnly? MaxDate = null)
{
    public const int DefaultTextLength = 100;
    public const int DefaultLongTextLength = 1000;
    public const int LongestAnswer = 2000;

    /// <summary>The longest text answer this field takes.</summary>
    public int TextLimit => MaxLength ?? (Type == FieldType.LongText ? DefaultLongTextLength : DefaultTextLength);
}

/// <summary>A material (材料) the resident brings or uploads, in the order the window checks them.</summary>
public sealed record CatalogueMaterial(string NameZh, string NameEn, bool Required = true);
