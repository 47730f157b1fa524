using Linli.Cli;
using Microsoft.Data.Sqlite;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// A throw-away SQLite data folder for running `linli` verbs in-process, as an operator runs them,
/// and reading back what they wrote.
/// </summary>
public sealed class CliDataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("linli-cli-").FullName;

    public Task<int> RunAsync(params string[] args) => LinliCli.Build().Parse([.. args, "--data", Path]).InvokeAsync();

    public long CountRows(string table)
    {
        using var connection = new SqliteConnection($"Data Source={System.IO.Path.Combine(Path, "linli.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a file of <paramref name="lines"/> into the folder and returns its path.</summary>
    public string WriteLines(string name, params string[] lines)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
