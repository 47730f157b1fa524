using System.CommandLine;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Operations;
using Linli.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linli.Cli;

/// <summary>
/// `linli backup --out FILE`, `linli restore FILE [--force]` (SQLite, online backup API) and
/// `linli checksum` (row counts and registry checksum on either provider, to compare a database
/// before and after a backup/restore or a pg_dump/pg_restore).
/// </summary>
public static class OperationsCommands
{
    public static IEnumerable<Command> Create() => [Backup(), Restore(), Checksum()];

    private static Command Backup()
    {
        var output = new Option<string>("--out") { Description = "备份文件路径 / backup file", Required = true };
        var backup = new Command("backup", "在线备份 SQLite 数据库 / online backup of the SQLite database") { output };
        backup.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("backup");
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            if (db.IsPostgres)
            {
                return PostgresAdvice();
            }
            var done = SqliteBackup.Backup(ConnectionString(host), result.GetValue(output)!);
            if (!done.Ok)
            {
                Console.Error.WriteLine(done.Failure!.Message.Zh);
                return 1;
            }
            await AuditAsync(scope.ServiceProvider, AuditActions.Backup, $"备份到 {done.Value}", ct);
            await PrintAsync(db, ct);
            Console.WriteLine($"已备份到 {done.Value} / backed up to {done.Value}");
            Console.WriteLine($"注意：加密密钥不在备份中，请另行妥善保管 {Path.Combine(scope.ServiceProvider.GetRequiredService<LinliPaths>().DataDirectory, "keys")} / the key folder is not in the backup; keep it separately");
            return 0;
        });
        return backup;
    }

    private static Command Restore()
    {
        var file = new Argument<string>("file") { Description = "备份文件 / backup file" };
        var force = new Option<bool>("--force") { Description = "覆盖已有数据 / replace a database that holds data" };
        var restore = new Command("restore", "从备份恢复 SQLite 数据库 / restore the SQLite database from a backup") { file, force };
        restore.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("restore");
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            if (db.IsPostgres)
            {
                return PostgresAdvice();
            }
            if (!result.GetValue(force) && await db.OrgUnits.AnyAsync(ct))
            {
                Console.Error.WriteLine("当前数据库已有数据；确认要用备份覆盖时请加 --force / the database holds data; add --force to replace it");
                return 1;
            }
            await db.Database.CloseConnectionAsync();
            var done = SqliteBackup.Restore(result.GetValue(file)!, ConnectionString(host));
            if (!done.Ok)
            {
                Console.Error.WriteLine(done.Failure!.Message.Zh);
                return 1;
            }
            // A backup taken by an older build is brought up to this build's schema.
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct: ct);
            await AuditAsync(scope.ServiceProvider, AuditActions.Restore, $"从 {done.Value} 恢复", ct);
            await PrintAsync(db, ct);
            Console.WriteLine($"已从 {done.Value} 恢复 / restored from {done.Value}");
            return 0;
        });
        return restore;
    }

    private static Command Checksum()
    {
        var checksum = new Command("checksum", "各表行数与登记数据校验和 / row counts and registry checksum");
        checksum.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption), migrate: false);
            await using var scope = host.CliScope("checksum");
            await PrintAsync(scope.ServiceProvider.GetRequiredService<LinliDb>(), ct);
            return 0;
        });
        return checksum;
    }

    private static async Task PrintAsync(LinliDb db, CancellationToken ct)
    {
        var snapshot = await RegistrySnapshot.TakeAsync(db, ct);
        foreach (var (table, rows) in snapshot.RowCounts)
        {
            Console.WriteLine($"{table,-32} {rows,12:N0}");
        }
        Console.WriteLine($"registry checksum {snapshot.Checksum}");
    }

    private static async Task AuditAsync(IServiceProvider services, string action, string summary, CancellationToken ct)
    {
        var db = services.GetRequiredService<LinliDb>();
        db.AuditEntries.Add(AuditEntry.ForBulk(services.GetRequiredService<AuditActor>(), action, summary));
        await db.SaveChangesAsync(ct);
    }

    private static string ConnectionString(IHost host) =>
        DatabaseSetup.ConnectionString(host.Services.GetRequiredService<IConfiguration>(), host.Services.GetRequiredService<LinliPaths>());

    private static int PostgresAdvice()
    {
        Console.Error.WriteLine("PostgreSQL 请用 pg_dump -Fc 备份、pg_restore 恢复（见 docs/deployment.md），再用 linli checksum 核对 / on PostgreSQL use pg_dump -Fc and pg_restore (docs/deployment.md), then compare with linli checksum");
        return 2;
    }
}
