using System.Diagnostics;
using Linli.Core.Common;
using Npgsql;

namespace Linli.Cli;

/// <summary>
/// A throw-away PostgreSQL cluster in a temporary folder, started with scripts/pg-cluster.sh the
/// way ./test.sh starts its own, but with durable, production-like settings (fsync on) so that
/// benchmark figures mean what they would on a server. Stopped and removed on dispose.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    // wal_compression=lz4, not on (pglz): see docs/deployment.md, "PostgreSQL".
    private const string ServerOptions =
        "-c shared_buffers=2GB -c effective_cache_size=12GB -c maintenance_work_mem=1GB -c work_mem=64MB " +
        "-c max_wal_size=8GB -c checkpoint_timeout=30min -c wal_compression=lz4";

    private readonly string _script;
    private readonly string _folder;

    private PrivateCluster(string script, string folder, string connectionString) =>
        (_script, _folder, ConnectionString) = (script, folder, connectionString);

    public string ConnectionString { get; }

    public static async Task<PrivateCluster> StartAsync(string database, CancellationToken ct)
    {
        var script = Path.Combine(LinliPaths.FindHome(), "scripts", "pg-cluster.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"找不到 {script}；请在仓库目录中运行，或用 --pg 指定连接串 / {script} not found; run from the repository or pass --pg");
        }
        var folder = Directory.CreateTempSubdirectory("linli-bench-").FullName;
        // The cluster may run as an unprivileged user (PostgreSQL refuses root): let it reach the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        var server = (await RunAsync(script, "start", folder, ct)).Trim();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        return new PrivateCluster(script, folder, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    }

    private static async Task<string> RunAsync(string script, string verb, string folder, CancellationToken ct)
    {
        var info = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(verb);
        info.ArgumentList.Add(folder);
        info.Environment["LINLI_PG_OPTIONS"] = ServerOptions;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"PostgreSQL 启动失败 / PostgreSQL failed to start: {await errors}");
        }
        return await output;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync(_script, "stop", _folder, CancellationToken.None);
        Directory.Delete(_folder, recursive: true);
    }
}
