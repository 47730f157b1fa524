using System.Text.RegularExpressions;
using Linli.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace Linli.Features.Api;

/// <summary>
/// A query or route value the API cannot bind (<c>?page=abc</c>, <c>?from=x</c>, a page number beyond int)
/// answers 400 with a problem naming the parameter, in Chinese or English, like every other bad input.
/// Minimal APIs report binding failures as <see cref="BadHttpRequestException"/> when ThrowOnBadRequest is on;
/// without it they answer a bare 400 with no message.
/// </summary>
public sealed partial class QueryBindingFailures : IExceptionHandler
{
    public static void AddTo(IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<QueryBindingFailures>();
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        if (!httpContext.Request.Path.StartsWithSegments("/api")
            || (bad.StatusCode is not (StatusCodes.Status400BadRequest or StatusCodes.Status415UnsupportedMediaType) && !BindFailure().IsMatch(bad.Message)))
        {
            // Outside the API (Open311 keeps its own error format; pages have QueryParameterGuard), or not a
            // binding failure (say 413): the status the framework chose, as before ThrowOnBadRequest.
            httpContext.Response.StatusCode = bad.StatusCode;
            return true;
        }
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            // A body that is not JSON where an endpoint binds a plain record: the problem UnsupportedMediaType describes.
            httpContext.Response.StatusCode = bad.StatusCode;
            await Results.Problem(statusCode: bad.StatusCode).ExecuteAsync(httpContext);
            return true;
        }
        var failure = BindFailure().Match(bad.Message) is { Success: true } m
            ? Failure.Invalid(m.Groups["name"].Value,
                $"参数 {m.Groups["name"].Value} 的值“{m.Groups["value"].Value}”格式不正确（{Expected(m.Groups["type"].Value).Zh}）",
                $"The value “{m.Groups["value"].Value}” of {m.Groups["name"].Value} is not valid ({Expected(m.Groups["type"].Value).En})")
            : Failure.Invalid("request", "请求格式不正确", "The request is not valid");
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        await ApiResults.Problem(failure).ExecuteAsync(httpContext);
        return true;
    }

    private static Bilingual Expected(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
    {
        "int" or "long" or "Int32" or "Int64" => new("应为整数", "a whole number is expected"),
        "DateOnly" => new("应为日期，如 2026-12-01", "a date such as 2026-12-01 is expected"),
        "bool" or "Boolean" => new("应为 true 或 false", "true or false is expected"),
        _ => new($"应为 {type}", $"{type} is expected"),
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>\w+)" from "(?<value>.*)"\.?$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();
}
