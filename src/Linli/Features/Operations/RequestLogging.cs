using System.Diagnostics;

namespace Linli.Features.Operations;

/// <summary>
/// One log line per request — method, route template, status, milliseconds, request id — and the
/// request metrics. The raw path and query string are never logged: they can hold record ids
/// and, from careless clients, names or numbers; the route template cannot.
/// </summary>
public static partial class RequestLogging
{
    public static IApplicationBuilder UseLinliRequestLogging(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<RequestMetrics>();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Linli.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? (context.Response.StatusCode == 404 ? "(not found)" : "(static)");
                metrics.Record(context.Request.Method, route, context.Response.StatusCode, elapsed);
                LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, elapsed.TotalMilliseconds, context.TraceIdentifier);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} → {StatusCode} in {ElapsedMs:F1} ms (request {RequestId})")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs, string requestId);
}
