using System.Threading.RateLimiting;
using Linli.Core.Features.Requests;
using Microsoft.AspNetCore.RateLimiting;

namespace Linli.Features.Requests;

/// <summary>
/// Per-client limit on the resident portal's look-up (POST /portal/track): the verification code is
/// six digits, so one address may try only a few per minute. This is the first fence, cheap and in
/// memory, per instance; the second, which holds across instances and restarts, is the failure
/// limits in TrackRequest (per address and number, per address, per number; in the database).
/// The client address is the one UseForwardedHeaders resolved (Network:TrustedProxies), counted
/// as the database limits count it (an IPv6 client by its /64).
/// </summary>
public static class PortalRateLimit
{
    public const int LookupsPerMinute = 10;

    public static IServiceCollection AddPortalRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/portal/track", StringComparison.OrdinalIgnoreCase)
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
                    + "<p><a href=\"/portal/track\">返回查询页 / Back</a></p></html>", ct);
            };
        });
}
