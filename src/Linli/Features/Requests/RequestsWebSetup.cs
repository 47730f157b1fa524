using Linli.Core.Features.Requests;

namespace Linli.Features.Requests;

public static class RequestsWebSetup
{
    /// <summary>The web host watches deadlines in the background; the CLI never does.</summary>
    public static IServiceCollection AddLinliRequestsWeb(this IServiceCollection services) =>
        services.AddHostedService<DeadlineSweeper>().AddPortalRateLimit();

    /// <summary>Middleware of the requests work: the portal's per-client rate limit.</summary>
    public static void UseLinliRequestsWeb(this WebApplication app) => app.UseRateLimiter();
}
