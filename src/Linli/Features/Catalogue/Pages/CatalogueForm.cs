using System.Globalization;
using Linli.Core.Features.Catalogue;

namespace Linli.Features.Catalogue.Pages;

/// <summary>
/// The admin form's model: plain strings as typed, so bad input stays on screen. Materials are one
/// per line ("中文|English|可选"); fields are rows, blank rows ignored; choices separated by | or 、.
/// </summary>
public sealed class CatalogueForm
{
    public const int BlankRows = 3;
    private static readonly char[] ChoiceSeparators = ['|', '、', '，', ','];

    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? GuideZh { get; set; }
    public string? GuideEn { get; set; }
    public string? Level { get; set; } = nameof(HandlingLevel.Community);
    public string? FixedUnitCode { get; set; }
    public string? TimeLimitDays { get; set; }
    public string? FeeClass { get; set; } = nameof(Core.Features.Catalogue.FeeClass.Free);
    public string? FeeNote { get; set; }
    public bool Active { get; set; } // false unless the box is ticked: an unticked checkbox posts nothing
    public string? Materials { get; set; }
    public List<FieldRow> Fields { get; set; } = [];
    public int Version { get; set; }

    public sealed class FieldRow
    {
        public string? Key { get; set; }
        public string? LabelZh { get; set; }
        public string? LabelEn { get; set; }
        public string? Type { get; set; }
        public bool Required { get; set; }
        public string? Choices { get; set; }
        public string? MaxLength { get; set; }
        public string? Min { get; set; }
        public string? Max { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(LabelZh) && string.IsNullOrWhiteSpace(LabelEn);
    }

    public static CatalogueForm From(CatalogueItem i) => new()
    {
        Code = i.Code, NameZh = i.NameZh, NameEn = i.NameEn, GuideZh = i.GuideZh, GuideEn = i.GuideEn, Level = i.Level.ToString(),
        TimeLimitDays = i.TimeLimitDays.ToString(CultureInfo.InvariantCulture), FeeClass = i.FeeClass.ToString(), FeeNote = i.FeeNote, Active = i.Active,
        Materials = string.Join('\n', i.Materials.Select(m => $"{m.NameZh}|{m.NameEn}{(m.Required ? "" : "|可选")}")),
        Fields = [.. i.Fields.Select(f => new FieldRow
        {
            Key = f.Key, LabelZh = f.LabelZh, LabelEn = f.LabelEn, Type = f.Type.ToString(), Required = f.Required,
            Choices = f.Choices is null ? null : string.Join('|', f.Choices),
            MaxLength = f.MaxLength?.ToString(CultureInfo.InvariantCulture), Min = f.Min?.ToString(CultureInfo.InvariantCulture), Max = f.Max?.ToString(CultureInfo.InvariantCulture),
        })],
        Version = i.Version,
    };

    /// <summary>Pads the rows with blank ones for new fields.</summary>
    public void AddBlankRows()
    {
        Fields.RemoveAll(f => f.IsBlank);
        for (var i = 0; i < BlankRows; i++)
        {
            Fields.Add(new FieldRow { Required = true });
        }
    }

    /// <summary>The draft for the use case, or the name of the first field that is not even a number/choice.</summary>
    public (CatalogueDraft? Draft, string? BadField) ToDraft()
    {
        if (!Enum.TryParse<HandlingLevel>(Level, out var level) || !Enum.IsDefined(level)) { return (null, "level"); }
        if (!int.TryParse(TimeLimitDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)) { return (null, "timeLimitDays"); }
        if (!Enum.TryParse<Core.Features.Catalogue.FeeClass>(FeeClass, out var fee) || !Enum.IsDefined(fee)) { return (null, "feeClass"); }
        var materials = new List<CatalogueMaterial>();
        foreach (var line in (Materials ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            materials.Add(new(parts[0], parts.Length > 1 ? parts[1] : "", !(parts.Length > 2 && parts[2] is "可选" or "optional")));
        }
        var fields = new List<CatalogueField>();
        for (var i = 0; i < Fields.Count; i++)
        {
            var r = Fields[i];
            if (r.IsBlank) { continue; }
            var at = $"fields[{fields.Count}]";
            if (FieldTypeNames.Parse(r.Type) is not { } type) { return (null, $"{at}.type"); }
            if (!Number(r.MaxLength, out var maxLength)) { return (null, $"{at}.maxLength"); }
            if (!Number(r.Min, out var min) || !Number(r.Max, out var max)) { return (null, $"{at}.min"); }
            fields.Add(new(r.Key?.Trim() ?? "", r.LabelZh ?? "", r.LabelEn ?? "", type, r.Required,
                string.IsNullOrWhiteSpace(r.Choices) ? null : r.Choices.Split(ChoiceSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                maxLength is null ? null : (int)maxLength, type == FieldType.Number ? min : null, type == FieldType.Number ? max : null));
            if (type != FieldType.Number && (min is not null || max is not null)) { return (null, $"{at}.min"); }
        }
        return (new(Code, NameZh, NameEn, GuideZh, GuideEn, level, FixedUnitCode, days, fee, FeeNote, Active, materials, fields), null);
    }

    private static bool Number(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) { return true; }
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) { value = v; return true; }
        return false;
    }
}
