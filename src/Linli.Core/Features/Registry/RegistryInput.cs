using Linli.Core.Common;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Registry;

/// <summary>Reads the registry's choices as API clients and forms send them: the English name or the Chinese one.</summary>
public static class RegistryInput
{
    public static Result<ResidenceType?> ResidenceType(string? text) => Parse<ResidenceType>(text, "residenceType", "居住类型", "residence type", t => ResidenceTypeNames.Of(t).Zh);

    public static Result<HousingStatus?> HousingStatus(string? text) => Parse<HousingStatus>(text, "housingStatus", "住房情况", "housing status", t => ResidenceTypeNames.Of(t).Zh);

    public static Result<DocumentType?> DocumentType(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && DocumentTypes.TryParse(text, out var byChinese))
        {
            return (DocumentType?)byChinese;
        }
        return Parse<DocumentType>(text, "documentType", "证件类型", "document type", DocumentTypes.ChineseName);
    }

    public static Result<ConflictOutcome?> Outcome(string? text) => Parse<ConflictOutcome>(text, "outcome", "处理结果", "outcome", t => t.ToString());

    /// <summary>Tags as typed: separated by 、 or commas; a disability grade in brackets, e.g. 残疾（二级）.</summary>
    public static IReadOnlyList<ResidentTagInput> Tags(string? text) =>
        (text ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t =>
            {
                var open = t.IndexOfAny(['（', '(']);
                return open > 0 ? new ResidentTagInput(t[..open].Trim(), t[(open + 1)..].TrimEnd('）', ')').Trim()) : new ResidentTagInput(t);
            })
            .ToList();

    public static string TagsText(IEnumerable<ResidentTagInput> tags) =>
        string.Join('、', tags.Select(t => string.IsNullOrEmpty(t.Detail) ? t.Tag : $"{t.Tag}（{t.Detail}）"));

    private static Result<T?> Parse<T>(string? text, string field, string zh, string en, Func<T, string> chinese) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (T?)null;
        }
        var value = text.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase) || chinese(candidate) == value)
            {
                return (T?)candidate;
            }
        }
        return Failure.Invalid(field, $"{zh}“{value}”无效，可选：{string.Join('、', Enum.GetValues<T>().Select(chinese))}",
            $"Unknown {en} \"{value}\"; use one of {string.Join(", ", Enum.GetValues<T>())}");
    }
}
