using Linli.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

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

    public static void Configure(DbContextOptionsBuilder options, IConfiguration config, LinliPaths paths)
    {
        var connectionString = ConnectionString(config, paths);
        if (UsesPostgres(config))
        {
            options.UseNpgsql(connectionString, o => o.CommandTimeout(120));
        }
        else
        {
            options.UseSqlite(connectionString, o => o.CommandTimeout(120));
        }
    }
}
