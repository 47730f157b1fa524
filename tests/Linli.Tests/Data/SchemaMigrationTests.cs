using System.Data.Common;
using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Data;

public class SchemaMigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_EmptyDatabase_RecordsLatestVersionAndIsIdempotent(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using var scope = core.Scope();
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

        Assert.Equal(SchemaMigrator.LatestVersion(db.IsPostgres), await migrator.CurrentVersionAsync());
        Assert.Empty(await migrator.MigrateAsync());
    }

    /// <summary>The versioned scripts must build exactly the schema the EF model expects.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigratedSchema_MatchesTheModel(string provider)
    {
        await using var migrated = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using var modelOnly = await TestDatabase.CreateAsync(provider);
        var options = new DbContextOptionsBuilder<LinliDb>();
        if (modelOnly.IsPostgres)
        {
            options.UseNpgsql(modelOnly.ConnectionString);
        }
        else
        {
            options.UseSqlite(modelOnly.ConnectionString);
        }
        await using (var created = new LinliDb(options.Options))
        {
            await created.Database.EnsureCreatedAsync();
            await using var scope = migrated.Scope();
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

            var expected = await ColumnsAsync(created);
            var actual = await ColumnsAsync(db);
            actual.Remove("schema_version");
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (table, columns) in expected)
            {
                Assert.Equal(columns, actual[table]);
            }
        }
    }

    private static async Task<Dictionary<string, List<string>>> ColumnsAsync(LinliDb db)
    {
        var sql = db.IsPostgres
            ? "SELECT table_name, column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"
            : "SELECT m.name, p.name || ' ' || p.type || ' ' || p.\"notnull\" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2";
        var result = new Dictionary<string, List<string>>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            await using DbDataReader reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (!result.TryGetValue(table, out var list))
                {
                    result[table] = list = [];
                }
                list.Add(reader.GetString(1));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return result;
    }
}
