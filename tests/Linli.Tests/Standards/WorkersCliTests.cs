using Linli.Cli;
using Microsoft.Data.Sqlite;

namespace Linli.Tests.Standards;

/// <summary>`linli workers import FILE` against a SQLite data folder, as an operator runs it.</summary>
public sealed class WorkersCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("linli-cli-").FullName;

    private Task<int> RunAsync(params string[] args) => LinliCli.Build().Parse([.. args, "--data", _data]).InvokeAsync();

    private long Count()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "linli.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM community_workers";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_data, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task WorkersImport_GoodFileImports_BadFileExitsNonZeroAndWritesNothing()
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));
        const string header = "姓名,证件号码,社区代码,岗位,用工方式,入职日期";
        var good = Write("good.csv", header, $"张伟,{TestIds.Make(new(1990, 5, 1), true)},411102001001,主任,选举产生,2021-06-01");
        var bad = Write("bad.csv", header, $"李娜,{TestIds.Make(new(1991, 5, 1), false)},411102001001,主任,选举产生,2021-06-01", "王芳,123,411102001001,主任,选举产生,2021-06-01");

        Assert.Equal(0, await RunAsync("workers", "import", good));
        Assert.Equal(1, Count());
        Assert.Equal(1, await RunAsync("workers", "import", bad));
        Assert.Equal(1, await RunAsync("workers", "import", Path.Combine(_data, "missing.csv")));
        Assert.Equal(1, Count());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
