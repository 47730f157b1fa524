using System.Text.Json;
using Linli.Core.Features.Audit;

namespace Linli.Features.Audit;

/// <summary>Turns the before/after JSON of an audit entry into "Field: old → new" lines for people.</summary>
public static class AuditChanges
{
    public static IEnumerable<string> Describe(AuditEntry entry)
    {
        if (entry.After is null)
        {
            yield break;
        }
        using var after = JsonDocument.Parse(entry.After);
        using var before = entry.Before is null ? null : JsonDocument.Parse(entry.Before);
        foreach (var property in after.RootElement.EnumerateObject())
        {
            var now = Show(property.Value);
            if (before is not null && before.RootElement.TryGetProperty(property.Name, out var old))
            {
                yield return $"{property.Name}: {Show(old)} → {now}";
            }
            else if (entry.Before is null && now.Length > 0)
            {
                yield return $"{property.Name}: {now}";
            }
        }
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.GetRawText(),
    };
}
