using System.CommandLine;
using Linli.Core.Data;
using Linli.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>
/// `linli schema script` prints the CREATE script of the current model for a provider: the start
/// of a new versioned migration (the design-time EF package is not available). `linli schema
/// status` and `linli schema upgrade` show and apply the versioned scripts.
/// </summary>
public static class SchemaCommands
{
    public static Command Create()
    {
        var schema = new Command("schema", "数据库结构 / database schema");

        var provider = new Option<string>("--provider") { Description = "sqlite | postgres", DefaultValueFactory = _ => "sqlite" };
        var script = new Command("script", "输出当前模型的建表脚本 / print the model's CREATE script") { provider };
        script.SetAction(result =>
        {
            var builder = new DbContextOptionsBuilder<LinliDb>();
            if (result.GetValue(provider) is "postgres" or "postgresql")
            {
                builder.UseNpgsql("Host=localhost");
            }
            else
            {
                builder.UseSqlite("Data Source=:memory:");
            }
            using var db = new LinliDb(builder.Options);
            Console.WriteLine(db.Database.GenerateCreateScript());
            return 0;
        });
        schema.Subcommands.Add(script);

        var status = new Command("status", "显示数据库结构版本 / show the schema version");
        status.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption), migrate: false);
            await using var scope = host.CliScope("schema");
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var current = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().CurrentVersionAsync(ct);
            Console.WriteLine($"schema version {current}, latest {SchemaMigrator.LatestVersion(db.IsPostgres)}");
            return 0;
        });
        schema.Subcommands.Add(status);

        var upgrade = new Command("upgrade", "升级数据库结构 / apply pending schema scripts");
        upgrade.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption), migrate: false);
            await using var scope = host.CliScope("schema");
            var applied = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct: ct);
            Console.WriteLine(applied.Count == 0 ? "already up to date" : $"applied {string.Join(", ", applied)}");
            return 0;
        });
        schema.Subcommands.Add(upgrade);
        return schema;
    }
}
