using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Requests;

/// <summary>The dispatch desk's use cases: routing rules, the route trial and the workload view.</summary>
public static class RequestDeskServices
{
    public static IServiceCollection AddLinliRequestDesk(this IServiceCollection services) => services
        .AddScoped<SaveRoutingRule>()
        .AddScoped<DeleteRoutingRule>()
        .AddScoped<TryRoute>()
        .AddScoped<WorkloadQuery>()
        .AddScoped<WorkloadExport>();
}
