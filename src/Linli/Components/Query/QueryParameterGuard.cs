using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Linli.Components.Query;

/// <summary>
/// Blazor throws when a <c>[SupplyParameterFromQuery]</c> value does not parse as the property's type
/// (<c>/requests?page=abc</c>, <c>?from=x</c>, a page number beyond int), and the person gets an error page.
/// Before a page renders, this drops such values from the query string, so the page falls back to its
/// default, and remembers them for <see cref="IgnoredQueryNotice"/>, which names them on the page.
/// Parsing mirrors Blazor's own (invariant culture).
/// </summary>
public static class QueryParameterGuard
{
    public const string IgnoredKey = "linli.ignored-query";

    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Type>> TypedParameters = new();

    public static void UseLinliQueryParameterGuard(this WebApplication app) => app.Use((context, next) =>
    {
        // Form posts too: an enhanced form posts back to the page's own address, query included.
        if (context.Request.QueryString.HasValue
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page)
        {
            Clean(context, TypedParameters.GetOrAdd(page.Type, ParametersOf));
        }
        return next(context);
    });

    private static void Clean(HttpContext context, IReadOnlyDictionary<string, Type> parameters)
    {
        var query = context.Request.Query;
        var ignored = query.Where(q => parameters.TryGetValue(q.Key, out var type) && q.Value.Any(v => !Parses(v, type))).Select(q => q.Key).ToList();
        if (ignored.Count == 0)
        {
            return;
        }
        var kept = query.Where(q => !ignored.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value);
        context.Request.QueryString = QueryString.Create(kept.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        context.Items[IgnoredKey] = ignored;
    }

    /// <summary>The page's query parameters that are not text, by name (case-insensitive, as Blazor matches them).</summary>
    private static IReadOnlyDictionary<string, Type> ParametersOf(Type component)
    {
        var result = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        for (var type = component; type is not null && type != typeof(ComponentBase); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } attribute)
                {
                    var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    if (valueType != typeof(string))
                    {
                        result[attribute.Name ?? property.Name] = valueType.IsArray ? valueType.GetElementType()! : valueType;
                    }
                }
            }
        }
        return result;
    }

    private static bool Parses(string? value, Type type)
    {
        var inv = CultureInfo.InvariantCulture;
        if (string.IsNullOrEmpty(value))
        {
            return true; // Blazor leaves the property at null for an empty value.
        }
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, inv, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, inv, out _),
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, inv, DateTimeStyles.None, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(value, inv, DateTimeStyles.None, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(value, inv, DateTimeStyles.None, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, inv, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.Number, inv, out _),
            _ when type == typeof(float) => float.TryParse(value, NumberStyles.Number, inv, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ => true,
        };
    }

    /// <summary>For tests and the notice: the query values dropped on this request.</summary>
    public static IReadOnlyList<string> Ignored(HttpContext? context) =>
        context?.Items[IgnoredKey] as IReadOnlyList<string> ?? [];
}
