using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Features.Open311;

namespace Linli.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 at /open311/v2 (docs/open311.md). Every route takes .json or .xml. Errors
/// use the Open311 error list with the description in Chinese (English with ?culture=en). Discovery
/// and the service list are public; reading and filing requests need an api_key.
/// </summary>
public static class Open311Endpoints
{
    public const string Prefix = "/open311/v2";

    /// <summary>When this API's shape last changed (discovery "changeset").</summary>
    private static readonly DateTime Changeset = new(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc);

    public static void MapOpen311(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup(Prefix).WithTags("Open311").ExcludeFromDescription();
        v2.MapGet("/discovery.{format}", (string format, HttpContext http) => Formatted(format, f => Discovery(f, http)));
        v2.MapGet("/services.{format}", (string format, Open311Catalog catalog, CancellationToken ct) =>
            FormattedAsync(format, async f => new Open311Response(f, "services", new O311List("service", [.. (await catalog.ServicesAsync(ct)).Select(Open311Views.Service)]))));
        v2.MapGet("/services/{code}.{format}", (string code, string format, Open311Catalog catalog, CancellationToken ct) =>
            FormattedAsync(format, async f => await catalog.ServiceAsync(code, ct) is { } service
                ? new Open311Response(f, "service_definition", Open311Views.Definition(service))
                : Error(f, StatusCodes.Status404NotFound, new($"service_code“{code}”不存在", $"service_code “{code}” does not exist"))));
        v2.MapGet("/requests.{format}", ListAsync);
        v2.MapGet("/requests/{id}.{format}", FindAsync);
        v2.MapOpen311Submit();
    }

    private static async Task<IResult> ListAsync(string format, HttpContext http, Open311Keys keys, Open311RequestQuery query, CancellationToken ct) =>
        await FormattedAsync(format, async f =>
        {
            if (await keys.FindAsync(http.Request.Query["api_key"], ct) is not { } client)
            {
                return BadKey(f);
            }
            var q = http.Request.Query;
            var found = await query.ListAsync(client, new(q["service_request_id"], q["service_code"], q["start_date"], q["end_date"], q["status"]), ct);
            return found.Failure is { } failure
                ? Error(f, StatusCodes.Status400BadRequest, failure.Message)
                : new Open311Response(f, "service_requests", new O311List("request", [.. found.Value!.Select(Open311Views.Request)]));
        });

    private static async Task<IResult> FindAsync(string id, string format, HttpContext http, Open311Keys keys, Open311RequestQuery query, CancellationToken ct) =>
        await FormattedAsync(format, async f =>
        {
            if (await keys.FindAsync(http.Request.Query["api_key"], ct) is not { } client)
            {
                return BadKey(f);
            }
            // Outside the key's area answers like a missing one: we do not reveal which.
            return await query.FindAsync(client, id, ct) is { } request
                ? new Open311Response(f, "service_requests", new O311List("request", [Open311Views.Request(request)]))
                : Error(f, StatusCodes.Status404NotFound, new($"service_request_id“{id}”不存在", $"service_request_id “{id}” does not exist"));
        });

    private static O311Object Discovery(string format, HttpContext http)
    {
        var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Prefix}";
        var endpoint = new O311Object
        {
            { "specification", "http://wiki.open311.org/GeoReport_v2" },
            { "url", url },
            { "changeset", Changeset },
            { "type", "production" },
            { "formats", new O311List("format", ["text/xml", "application/json"]) },
        };
        return new O311Object
        {
            { "changeset", Changeset },
            { "contact", new Bilingual("邻里平台管理员（所在区民政局）", "The Linli administrators (the district civil affairs bureau)").For(CultureInfo.CurrentUICulture) },
            { "key_service", new Bilingual("向平台管理员申请 api_key（linli open311 keys create）", "Ask the Linli administrators for an api_key (linli open311 keys create)").For(CultureInfo.CurrentUICulture) },
            { "endpoints", new O311List("endpoint", [endpoint]) },
        };
    }

    internal static IResult Formatted(string format, Func<string, O311Object> body) =>
        Format(format) is { } f ? new Open311Response(f, "discovery", body(f)) : UnknownFormat();

    internal static async Task<IResult> FormattedAsync(string format, Func<string, Task<IResult>> handle) =>
        Format(format) is { } f ? await handle(f) : UnknownFormat();

    private static string? Format(string format) => format.ToLowerInvariant() switch
    {
        "json" => "json",
        "xml" => "xml",
        _ => null,
    };

    private static IResult UnknownFormat() =>
        Error("json", StatusCodes.Status404NotFound, new("格式只能是 .json 或 .xml", "The format must be .json or .xml"));

    internal static IResult BadKey(string format) =>
        Error(format, StatusCodes.Status403Forbidden, new("api_key 缺失、无效或已停用", "The api_key is missing, invalid or revoked"));

    /// <summary>The Open311 error list: [{ code, description }] / &lt;errors&gt;&lt;error&gt;…</summary>
    public static IResult Error(string format, int status, Bilingual description) =>
        new Open311Response(format, "errors", new O311List("error",
            [new O311Object { { "code", status }, { "description", description.For(CultureInfo.CurrentUICulture) } }]), status);
}
