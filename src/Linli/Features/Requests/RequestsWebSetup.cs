using Linli.Core.Features.Requests;

namespace Linli.Features.Requests;

public static class RequestsWebSetup
{
    /// <summary>The web host watches deadlines in the background; the CLI never does.</summary>
    public static IServiceCollection AddLinliRequestsWeb(this IServiceCollection services) =>
        services.AddHostedService<DeadlineSweeper>();
}
