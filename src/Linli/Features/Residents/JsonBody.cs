using System.Reflection;
using Linli.Core.Common;
using Microsoft.AspNetCore.Http.Metadata;

namespace Linli.Features.Residents;

/// <summary>
/// A JSON request body whose parse failure is a value: malformed JSON or a wrongly typed field
/// answers with a Chinese message naming the field instead of the framework's bare 400.
/// </summary>
// CA1000: BindAsync and PopulateMetadata must be static members of the parameter type; that is how minimal APIs find them.
#pragma warning disable CA1000
public sealed class JsonBody<T> : IEndpointParameterMetadataProvider where T : class
{
    private JsonBody(T? value, Failure? failure) => (Value, Failure) = (value, failure);

    public T? Value { get; }
    public Failure? Failure { get; }
    public T Body => Value!;

    public static async ValueTask<JsonBody<T>> BindAsync(HttpContext context)
    {
        var read = await RegistryJson.ReadAsync<T>(context.Request);
        return new(read.Value, read.Failure);
    }

    // Keeps the request schema in the OpenAPI document.
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(T)));
}
#pragma warning restore CA1000
