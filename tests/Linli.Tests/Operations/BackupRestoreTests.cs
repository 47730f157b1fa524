using System.Diagnostics;
using Linli.Core.Data;
using Linli.Core.Features.Operations;
using Linli.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linli.Tests.Operations;

/// <summary>
/// Backups restore to the same registry: `linli backup`/`linli restore` on SQLite, and the
/// documented pg_dump/pg_restore on PostgreSQL, compared by row counts and the registry checksum.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly CliDataFolder _folder = new();
    private string DataPath => _folder.Path;
    private string LiveDb => $"Data Source={Path.Combine(DataPath, "linli.db")};Pooling=False";

    private Task<int> RunAsync(params string[] args) => _folder.RunAsync(args);

    private static LinliDb Open(string connectionString) => new(new DbContextOptionsBuilder<LinliDb>().UseSqlite(connectionString).Options);

    [Fact]
    public async Task SqliteBackup_ThenRestore_GivesBackTheSameRegistry()
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));
        await using (var db = Open(LiveDb))
        {
            await AddResidentsAsync(db, "411102001001", 3);
        }
        var before = await SnapshotAsync(LiveDb);
        var backup = Path.Combine(DataPath, "backup.db");

        Assert.Equal(0, await RunAsync("backup", "--out", backup));
        Assert.NotEqual(0, await RunAsync("backup", "--out", backup)); // never overwrites a backup

        await using (var db = Open(LiveDb))
        {
            await AddResidentsAsync(db, "411102001002", 2); // changes made after the backup
        }
        Assert.NotEqual(before.Checksum, (await SnapshotAsync(LiveDb)).Checksum);

        Assert.NotEqual(0, await RunAsync("restore", backup)); // the live database holds data: needs --force
        Assert.Equal(0, await RunAsync("restore", backup, "--force"));

        var after = await SnapshotAsync(LiveDb);
        Assert.Equal(before.Checksum, after.Checksum);
        Assert.Equal(WithoutAudit(before), WithoutAudit(after));
        await using (var db = Open(LiveDb))
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "restore"));
        }
    }

    [Fact]
    public async Task Restore_RefusesFilesThatAreNotLinliBackups_AndChangesNothing()
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));
        var before = await SnapshotAsync(LiveDb);

        var text = Path.Combine(DataPath, "notes.db");
        await File.WriteAllTextAsync(text, "这不是数据库");
        var foreign = Path.Combine(DataPath, "other.db");
        await using (var other = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await other.OpenAsync();
            await using var cmd = other.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x INTEGER)";
            await cmd.ExecuteNonQueryAsync();
        }

        Assert.NotEqual(0, await RunAsync("restore", text, "--force"));
        Assert.NotEqual(0, await RunAsync("restore", foreign, "--force"));
        Assert.NotEqual(0, await RunAsync("restore", Path.Combine(DataPath, "missing.db"), "--force"));

        Assert.Equal(before.Checksum, (await SnapshotAsync(LiveDb)).Checksum);
    }

    [Fact]
    public async Task PostgresDumpAndRestore_GivesBackTheSameRegistry()
    {
        await using var core = await CoreServices.CreateAsync(TestDatabase.Postgres, "411102");
        RegistrySnapshot before;
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            await AddResidentsAsync(db, "411102001001", 4);
            before = await RegistrySnapshot.TakeAsync(db);
        }

        var source = new NpgsqlConnectionStringBuilder(core.Database.ConnectionString);
        var dump = Path.Combine(DataPath, "linli.dump");
        Run("pg_dump", $"-h {source.Host} -p {source.Port} -U {source.Username} -Fc -f {dump} {source.Database}");
        var target = source.Database + "_restored";
        await using (var server = new NpgsqlConnection(TestDatabase.ServerConnectionString()))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {target} TEMPLATE template0 ENCODING 'UTF8'", server);
            await create.ExecuteNonQueryAsync();
        }
        try
        {
            Run("pg_restore", $"-h {source.Host} -p {source.Port} -U {source.Username} --no-owner -d {target} {dump}");
            var restored = new NpgsqlConnectionStringBuilder(core.Database.ConnectionString) { Database = target }.ConnectionString;
            await using var db = new LinliDb(new DbContextOptionsBuilder<LinliDb>().UseNpgsql(restored).Options);
            var after = await RegistrySnapshot.TakeAsync(db);
            Assert.Equal(before.Checksum, after.Checksum);
            Assert.Equal(before.RowCounts, after.RowCounts);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(TestDatabase.ServerConnectionString());
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {target} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task AddResidentsAsync(LinliDb db, string communityCode, int count) =>
        await RawRegistryRows.AddHouseholdAsync(db, await db.OrgUnits.SingleAsync(u => u.Code == communityCode), count);

    private static async Task<RegistrySnapshot> SnapshotAsync(string connectionString)
    {
        await using var db = Open(connectionString);
        return await RegistrySnapshot.TakeAsync(db);
    }

    private static List<(string, long)> WithoutAudit(RegistrySnapshot snapshot) =>
        [.. snapshot.RowCounts.Where(c => c.Table != "audit_log")];

    private static void Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
    }

    public void Dispose() => _folder.Dispose();
}
