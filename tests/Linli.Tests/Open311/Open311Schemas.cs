using System.Text.Json.Nodes;
using Json.Schema;

namespace Linli.Tests.Open311;

/// <summary>
/// The published GeoReport v2 JSON schemas (Schemas/, copied unchanged from /work/shared/open311).
/// They carry no $id and refer to each other by file name ("$ref": "request.json"), so each is
/// loaded under a base URI of its own file name; the registry then resolves the references.
/// </summary>
public static class Open311Schemas
{
    private const string Base = "https://schemas.open311.test/georeport-v2/";
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static void AssertValid(string schemaFile, string json)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        foreach (var loaded in Schemas.Value.Values)
        {
            options.SchemaRegistry.Register(loaded);
        }
        var result = Schemas.Value[schemaFile].Evaluate(JsonNode.Parse(json), options);
        var errors = (result.Details ?? []).Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, $"{schemaFile}: {string.Join("; ", errors)}\n{json}");
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var schemas = new Dictionary<string, JsonSchema>();
        var folder = Path.Combine(AppContext.BaseDirectory, "Open311", "Schemas");
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            node["$id"] = Base + Path.GetFileName(file);
            schemas[Path.GetFileName(file)] = JsonSchema.FromText(node.ToJsonString());
        }
        return schemas;
    }
}
