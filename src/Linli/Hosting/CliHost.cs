using Linli.Core;
using Linli.Core.Data;
using Linli.Core.Features.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linli.Hosting;

/// <summary>Services for a CLI verb: the same core as the web host, without the web.</summary>
public static class CliHost
{
    public static async Task<IHost> StartAsync(string? dataOption, bool migrate = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var paths = LinliSettings.Paths(dataOption);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        LinliSettings.AddSources(builder.Configuration, paths);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLinliCore(builder.Configuration, paths);
        var host = builder.Build();
        if (migrate)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        }
        return host;
    }

    /// <summary>A scope whose audit entries name the CLI as the actor.</summary>
    public static AsyncServiceScope CliScope(this IHost host, string verb)
    {
        var scope = host.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
        actor.Name = $"cli:{verb}";
        return scope;
    }
}
