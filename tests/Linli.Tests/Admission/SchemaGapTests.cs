using Linli.Core;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Admission;

public class SchemaGapTests
{
    /// <summary>
    /// Script numbers are reserved per branch, so a database can already record a higher version (say
    /// 0011 from another branch) when 0007_admission arrives: the migrator must still apply it.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_AppliesAnUnrecordedScriptBelowTheHighestRecordedVersion(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var config = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddLinliCore(config, new LinliPaths(database.DataDirectory, LinliPaths.FindHome())).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        await migrator.MigrateAsync(targetVersion: 5);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO schema_version (version, name) VALUES (99, 'from_another_branch')");

        var applied = await migrator.MigrateAsync();

        Assert.Contains(7, applied);
        Assert.Equal(0, await db.AdmissionRequests.CountAsync());
        Assert.Empty(await migrator.MigrateAsync());
    }
}
