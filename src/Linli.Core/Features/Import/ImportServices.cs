using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Import;

public static class ImportServices
{
    /// <summary>Import and export use cases; the web host adds the background worker on top.</summary>
    public static IServiceCollection AddLinliImport(this IServiceCollection services)
    {
        services.AddScoped<ResidentImporter>();
        services.AddScoped<StartImportJob>();
        services.AddScoped<RunImportJob>();
        services.AddScoped<ImportJobQueries>();
        services.AddScoped<ResidentExport>();
        services.AddScoped<SampleResidentFile>();
        services.AddSingleton<PendingImports>();
        return services;
    }
}
