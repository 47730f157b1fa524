using Linli.Core.Features.Demo.Population;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Demo;

public static class DemoServices
{
    public static IServiceCollection AddLinliDemo(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(_ => DemoOptions.From(config));
        services.AddScoped<SeedDemoPopulation>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
