using Linli.Core;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Infrastructure;

/// <summary>Linli's core services on a test database, migrated; for integration tests below the web layer.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private CoreServices(TestDatabase database, ServiceProvider services) => (Database, Services) = (database, services);

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }

    /// <param name="configure">Extra registrations after the core's, e.g. a command-counting interceptor.</param>
    public static async Task<CoreServices> CreateAsync(string provider, string? divisionsPrefix = "4111", Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var config = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var collection = new ServiceCollection().AddLogging().AddLinliCore(config, new LinliPaths(database.DataDirectory, LinliPaths.FindHome()));
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        var core = new CoreServices(database, services);
        await using var scope = core.Scope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        if (divisionsPrefix is not null)
        {
            var paths = scope.ServiceProvider.GetRequiredService<LinliPaths>();
            await scope.ServiceProvider.GetRequiredService<DivisionImporter>().ImportAsync(paths.DivisionFile, divisionsPrefix);
        }
        return core;
    }

    public AsyncServiceScope Scope(string actor = "test")
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Name = actor;
        return scope;
    }

    /// <summary>A caller with a role at the org unit with this code.</summary>
    public async Task<Caller> CallerAtAsync(string code, Role role)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var unit = db.OrgUnits.Single(o => o.Code == code);
        return new Caller($"test-{role}-{code}", $"测试{code}", role, unit.Id, new OrgPath(unit.Path));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
