using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Linli.Core.Common;
using Linli.Features.Api;

namespace Linli.Features.Residents;

/// <summary>Registry API responses: enums by name (Floating, MovedOut), Chinese as text.</summary>
public static class RegistryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IResult Ok(object value) => Results.Json(value, Options);

    public static IResult From<T>(Result<T> result, Func<T, object> body) =>
        result.Failure is { } failure ? ApiResults.Problem(failure) : Ok(body(result.Value!));
}
