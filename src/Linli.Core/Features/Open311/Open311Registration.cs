using Linli.Core.Features.Companies;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Open311;

public static class Open311Registration
{
    public static IServiceCollection AddLinliOpen311(this IServiceCollection services) => services
        .AddScoped<Open311Keys>()
        .AddScoped<Open311Catalog>()
        .AddScoped<Open311RequestQuery>()
        .AddScoped<SubmitOpen311Request>()
        .AddLinliCompanies();
}
