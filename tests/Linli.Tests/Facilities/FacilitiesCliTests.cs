using Linli.Cli;
using Linli.Tests.Standards;
using Microsoft.Data.Sqlite;

namespace Linli.Tests.Facilities;

/// <summary>`linli facilities import FILE` against a SQLite data folder, as an operator runs it.</summary>
public sealed class FacilitiesCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("linli-cli-").FullName;

    private Task<int> RunAsync(params string[] args) => LinliCli.Build().Parse([.. args, "--data", _data]).InvokeAsync();

    private long Count()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "linli.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM service_rooms";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_data, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task FacilitiesImport_GoodFileImports_BadFileExitsNonZeroAndWritesNothing()
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));
        const string header = "社区代码,用房名称,面积,产权方式,功能室,户外场地面积";
        var good = Write("good.csv", header, $"{StaffingFixture.Binxi},党群服务中心,400,自建,便民服务中心、警务室,120");
        var bad = Write("bad.csv", header, $"{StaffingFixture.Binxi},图书室,50,租用,,", $"{StaffingFixture.Binxi},活动室,-5,租用,,");

        Assert.Equal(0, await RunAsync("facilities", "import", good));
        Assert.Equal(1, Count());
        Assert.Equal(1, await RunAsync("facilities", "import", bad));
        Assert.Equal(1, await RunAsync("facilities", "import", Path.Combine(_data, "missing.csv")));
        Assert.Equal(1, Count());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
