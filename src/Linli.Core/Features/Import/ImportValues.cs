using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Import;

/// <summary>The value lists of the template: residence types and key-group tags as people write them.</summary>
public static class ImportValues
{
    private static readonly Dictionary<string, ResidenceType> ResidenceTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["户籍"] = ResidenceType.Registered, ["户籍人口"] = ResidenceType.Registered, ["registered"] = ResidenceType.Registered,
        ["常住"] = ResidenceType.Resident, ["常住人口"] = ResidenceType.Resident, ["resident"] = ResidenceType.Resident,
        ["流动"] = ResidenceType.Floating, ["流动人口"] = ResidenceType.Floating, ["floating"] = ResidenceType.Floating,
        ["人户分离"] = ResidenceType.RegisteredElsewhere, ["registered elsewhere"] = ResidenceType.RegisteredElsewhere,
    };

    public static string ResidenceTypeName(ResidenceType type) => type switch
    {
        ResidenceType.Registered => "户籍",
        ResidenceType.Resident => "常住",
        ResidenceType.Floating => "流动",
        _ => "人户分离",
    };

    /// <summary>Empty means 户籍 (registered), the usual case for a committee's own list.</summary>
    public static ResidenceType? ParseResidenceType(string text) =>
        text.Length == 0 ? ResidenceType.Registered : ResidenceTypes.TryGetValue(text.Trim(), out var type) ? type : null;

    private static readonly char[] TagSeparators = ['、', ',', '，', ';', '；'];

    /// <summary>"低保、残疾（二级）" → 低保; 残疾 with detail 二级. Validation of the names is ResidentValidation's.</summary>
    public static List<ResidentTagInput> ParseTags(string text)
    {
        var tags = new List<ResidentTagInput>();
        foreach (var part in text.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var open = part.IndexOfAny(['(', '（']);
            if (open > 0 && part[^1] is ')' or '）')
            {
                tags.Add(new(part[..open].Trim(), part[(open + 1)..^1].Trim()));
            }
            else
            {
                tags.Add(new(part));
            }
        }
        return tags;
    }

    public static string FormatTags(IEnumerable<ResidentTag> tags) =>
        string.Join("、", tags.OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => t.Detail is { Length: > 0 } d ? $"{t.Tag}（{d}）" : t.Tag));
}
