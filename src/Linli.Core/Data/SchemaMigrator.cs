using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Data;

/// <summary>
/// Applies the versioned SQL scripts embedded under Data/Migrations/{Sqlite,Postgres}/ in order,
/// each in its own transaction, and records them in schema_version. See <see cref="LinliDb"/>.
/// </summary>
public sealed class SchemaMigrator(LinliDb db)
{
    // Any constant works; it only has to be the same for every Linli instance.
    private const long PostgresMigrationLockKey = 0x4C696E6C69;

    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> Scripts(bool postgres)
    {
        var folder = postgres ? "migrations/Postgres/" : "migrations/Sqlite/";
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[folder.Length..^".sql".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Script(int.Parse(file[..4]), file[5..], reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    public static int LatestVersion(bool postgres) => Scripts(postgres)[^1].Version;

    /// <summary>Brings the database to <paramref name="targetVersion"/> (default: latest). Returns the versions applied.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(int? targetVersion = null, CancellationToken ct = default)
    {
        var postgres = db.IsPostgres;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (postgres)
            {
                // Two instances starting together must not both run the same script.
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresMigrationLockKey})", ct);
            }
            else
            {
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", ct);
            }
            await ExecuteAsync(connection, null, postgres
                ? "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                : "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)", ct);

            // Every script not yet recorded, not only those above the highest: branches merge with
            // numbers reserved in advance, so a database may hold 0011 before 0007 arrives.
            var recorded = await RecordedVersionsAsync(connection, ct);
            var applied = new List<int>();
            foreach (var script in Scripts(postgres).Where(s => !recorded.Contains(s.Version) && s.Version <= (targetVersion ?? int.MaxValue)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await ExecuteAsync(connection, tx, script.Sql, ct);
                await ExecuteAsync(connection, tx, $"INSERT INTO schema_version (version, name) VALUES ({script.Version}, '{script.Name}')", ct);
                await tx.CommitAsync(ct);
                applied.Add(script.Version);
            }
            if (postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresMigrationLockKey})", ct);
            }
            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<int> CurrentVersionAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await CurrentVersionAsync(db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        try
        {
            return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
        }
        catch (DbException)
        {
            return 0; // no schema_version table yet
        }
    }

    private static async Task<HashSet<int>> RecordedVersionsAsync(DbConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_version";
        var versions = new HashSet<int>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
