using Linli.Core;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Import;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Data;

public class SchemaUpgradeTests
{
    /// <summary>A database created by the first release (schema 1) upgrades to the latest without losing rows.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FromVersion1_KeepsDataAndAddsImportJobs(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var config = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddLinliCore(config, new LinliPaths(database.DataDirectory, LinliPaths.FindHome())).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Equal([1], await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(targetVersion: 1));
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            db.OrgUnits.Add(new OrgUnit { Code = "41", Name = "河南省", Kind = OrgUnitKind.Province, Path = "41/", Depth = 1 });
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
            var applied = await migrator.MigrateAsync();
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

            Assert.Contains(2, applied);
            Assert.Equal(SchemaMigrator.LatestVersion(db.IsPostgres), await migrator.CurrentVersionAsync());
            Assert.Equal("河南省", (await db.OrgUnits.SingleAsync()).Name);
            db.ImportJobs.Add(new ImportJob { Actor = "test", OrgPath = "41/", FileName = "a.csv", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.ImportJobs.CountAsync());
        }
    }
}
