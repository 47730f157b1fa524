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

    /// <summary>
    /// Reads a JSON body, answering malformed JSON or a wrongly typed field (e.g. a date that is
    /// not yyyy-MM-dd) with a Chinese message naming the field, instead of the framework's bare 400.
    /// </summary>
    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(Options, request.HttpContext.RequestAborted) is { } body
                ? body
                : Failure.Invalid("body", "请求体为空", "The request body is empty");
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return Failure.Invalid(field, $"请求内容格式有误（{field}），日期请写成 年-月-日，如 2024-05-01", $"The request is malformed ({field}); write dates as yyyy-MM-dd");
        }
        catch (InvalidOperationException)
        {
            // No Content-Type at all (routing answers 415 to any other): the same words as that 415.
            return Failure.Invalid("body", UnsupportedMediaType.JsonRequired.Zh, UnsupportedMediaType.JsonRequired.En);
        }
    }

    public static IResult From<T>(Result<T> result, Func<T, object> body) =>
        result.Failure is { } failure ? ApiResults.Problem(failure) : Ok(body(result.Value!));
}
