using Linli.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using System.Data.Common;
using Npgsql;

namespace Linli.Core.Data;

/// <summary>Chooses the provider from configuration: Database:Provider = Sqlite (default) or Postgres.</summary>
public static class DatabaseSetup
{
    public static bool UsesPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(config["Database:Provider"], "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString(IConfiguration config, LinliPaths paths) =>
        config["Database:ConnectionString"] is { Length: > 0 } configured
            ? configured
            : UsesPostgres(config)
                ? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.")
                : $"Data Source={Path.Combine(paths.DataDirectory, "linli.db")};Cache=Shared";

    /// <summary>
    /// Pool settings Linli relies on unless the operator set them: no reset on close (Npgsql would
    /// otherwise send DISCARD ALL each time EF takes a pooled connection, four times per request
    /// intake, and drop every prepared statement with it; Linli keeps no session state — advisory
    /// locks are released explicitly, temp tables drop on commit) and automatic preparation of the
    /// statements a connection runs often, so PostgreSQL stops parsing and planning the same inserts
    /// and lookups on every call.
    /// </summary>
    public static string WithPostgresDefaults(string connectionString) =>
        // Every DbContext (one per request) is configured anew: parse each distinct string once.
        PostgresDefaults.GetOrAdd(connectionString, AddPostgresDefaults);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PostgresDefaults = new();

    private static string AddPostgresDefaults(string connectionString)
    {
        // What the operator wrote (NpgsqlConnectionStringBuilder.ContainsKey only says whether a keyword is known).
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        if (!written.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }

    public static void Configure(DbContextOptionsBuilder options, IConfiguration config, LinliPaths paths)
    {
        var connectionString = ConnectionString(config, paths);
        if (UsesPostgres(config))
        {
            options.UseNpgsql(WithPostgresDefaults(connectionString), o => o.CommandTimeout(120));
        }
        else
        {
            options.UseSqlite(connectionString, o => o.CommandTimeout(120));
        }
    }
}
