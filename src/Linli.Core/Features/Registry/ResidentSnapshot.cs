using System.Text.Json;
using Linli.Core.Features.Audit;

namespace Linli.Core.Features.Registry;

/// <summary>
/// The displayable state of a person, before and after a change, for the {field, before, after}
/// list of a <see cref="ResidentEvent"/>. Numbers appear masked only.
/// </summary>
public sealed record ResidentSnapshot(Dictionary<string, string> Fields)
{
    public sealed record Change(string Field, string? Before, string? After);

    public static ResidentSnapshot Of(Resident r) => new(new Dictionary<string, string>
    {
        ["姓名"] = r.Name,
        ["证件类型"] = Documents.DocumentTypes.ChineseName(r.DocumentType),
        ["证件号码"] = r.DocumentMasked,
        ["联系电话"] = r.PhoneMasked ?? "",
        ["居住类型"] = ResidenceTypeNames.Of(r.ResidenceType).Zh,
        ["与户主关系"] = r.RelationToHead,
        ["人群标签"] = string.Join('、', r.Tags.OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => t.Detail is null ? t.Tag : $"{t.Tag}（{t.Detail}）")),
    });

    /// <summary>JSON array of the fields that differ, in a stable order.</summary>
    public static string Diff(ResidentSnapshot before, ResidentSnapshot after) =>
        JsonSerializer.Serialize(
            before.Fields.Where(f => after.Fields[f.Key] != f.Value).Select(f => new Change(f.Key, f.Value, after.Fields[f.Key])).ToList(),
            AuditJson.Options);

    public static string OneChange(string field, string? before, string? after) =>
        JsonSerializer.Serialize(new[] { new Change(field, before, after) }, AuditJson.Options);

    public static IReadOnlyList<Change> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Change>>(json, JsonSerializerOptions.Web) ?? [];
}
