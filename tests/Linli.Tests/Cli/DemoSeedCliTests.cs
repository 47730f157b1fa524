using Linli.Cli;
using Microsoft.Data.Sqlite;

namespace Linli.Tests.Cli;

/// <summary>Tests that redirect Console.Out, which is process-wide: they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCaptureTests
{
    public const string Name = "Console capture";
}

/// <summary>`linli demo seed` against a SQLite data folder.</summary>
[Collection(ConsoleCaptureTests.Name)]
public sealed class DemoSeedCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("linli-cli-demo-").FullName;

    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await LinliCli.Build().Parse([.. args, "--data", _data]).InvokeAsync();
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "linli.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task DemoSeed_LoadsTheCity_ThenRefusesADatabaseWithResidents()
    {
        var first = await RunAsync("demo", "seed", "--households-per-community", "1", "--seed", "7");
        Assert.Equal(0, first.Code);
        var committees = Scalar("SELECT COUNT(*) FROM org_units WHERE \"Kind\" = 5");
        Assert.Equal(committees, Scalar("SELECT COUNT(*) FROM households WHERE \"IsDemo\" = 1"));
        var residents = Scalar("SELECT COUNT(*) FROM residents");
        Assert.Contains($"居民 {residents} 人", first.Out);

        var second = await RunAsync("demo", "seed", "--households-per-community", "1");

        Assert.NotEqual(0, second.Code);
        Assert.Contains("数据库中已有居民", second.Error);
        Assert.Equal(residents, Scalar("SELECT COUNT(*) FROM residents"));
        Assert.Equal(committees, Scalar("SELECT COUNT(*) FROM households"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("3001")]
    public async Task DemoSeed_BadHouseholdCount_IsRefusedBeforeWritingAnything(string households)
    {
        var result = await RunAsync("demo", "seed", "--households-per-community", households);

        Assert.NotEqual(0, result.Code);
        Assert.Contains("每个社区的户数应在0到3000之间", result.Error);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM org_units"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
