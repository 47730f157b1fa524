using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Catalogue;

public static class CatalogueServices
{
    public static IServiceCollection AddLinliCatalogue(this IServiceCollection services) => services
        .AddScoped<CatalogueQueries>()
        .AddScoped<SaveCatalogueItem>()
        .AddScoped<SubmitApplication>()
        .AddScoped<TransitionApplication>()
        .AddScoped<ApplicationList>()
        .AddScoped<ApplicationDetails>()
        .AddScoped<TrackApplication>()
        .AddScoped<DiscloseApplicationAnswer>()
        .AddScoped<SeedDemoApplications>();
}
