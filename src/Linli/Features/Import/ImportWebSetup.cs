using Linli.Core.Features.Import;

namespace Linli.Features.Import;

public static class ImportWebSetup
{
    /// <summary>The web host runs uploaded imports in the background; the CLI runs them in the foreground.</summary>
    public static IServiceCollection AddLinliImportWeb(this IServiceCollection services) =>
        services.AddHostedService<ImportWorker>();
}
