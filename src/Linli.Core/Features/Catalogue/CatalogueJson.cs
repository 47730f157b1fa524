using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linli.Core.Features.Catalogue;

/// <summary>The JSON shape of materials, field definitions and answers as stored (camelCase, enums by name, Chinese unescaped).</summary>
public static class CatalogueJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<T> Read<T>(string json) =>
        JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];

    public static string Write<T>(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Options);
}
