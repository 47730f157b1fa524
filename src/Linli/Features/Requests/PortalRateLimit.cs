using System.Globalization;
using System.Threading.RateLimiting;
using Linli.Core.Common;
using Linli.Core.Features.Requests;
using Microsoft.AspNetCore.RateLimiting;

namespace Linli.Features.Requests;

/// <summary>
/// Per-client limit on the two public look-ups (POST /portal/track and POST /services/track): the
/// verification codes are six digits, so one address may try only a few per minute, both pages
/// together. This is the first fence, cheap and in memory, per instance; the second, which holds
/// across instances and restarts, is TrackLookupLimits (per address and number, per address, per
/// number; in the database).
/// The client address is the one UseForwardedHeaders resolved (Network:TrustedProxies), counted
/// as the database limits count it (an IPv6 client by its /64).
/// </summary>
public static class PortalRateLimit
{
    public const int LookupsPerMinute = 10;

    private static readonly string[] LookupPaths = ["/portal/track", "/services/track"];

    public static IServiceCollection AddPortalRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && LookupPath(context) is not null
                    ? RateLimitPartition.GetFixedWindowLimiter(TrackClient.Key(context.Connection.RemoteIpAddress),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = LookupsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (rejected, ct) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                rejected.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>查询过于频繁</title>"
                    + "<p id=\"rate-limited\">查询过于频繁，请一分钟后再试。/ Too many look-ups from your network; please try again in a minute.</p>"
                    + $"<p><a href=\"{LookupPath(rejected.HttpContext)}\">返回查询页 / Back</a></p></html>", ct);
            };
        });

    /// <summary>
    /// A look-up paused by TrackLookupLimits answers as this limiter does: 429 with Retry-After, while
    /// the page still shows the bilingual message. Off HTTP, or once the response has started, it
    /// only shows the message.
    /// </summary>
    public static void MarkPaused(HttpContext? http, Failure failure)
    {
        if (failure is { Kind: FailureKind.TooMany, RetryAfter: { } retry } && http is { Response.HasStarted: false })
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The look-up page posted to (as written in our own list, safe to echo), or null.</summary>
    private static string? LookupPath(HttpContext context) =>
        LookupPaths.FirstOrDefault(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
