using System.Text.Json;
using Linli.Cli;
using Linli.Tests.Cli;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Scale;

/// <summary>
/// `linli demo seed --province` then `linli bench rollup search import` at tiny sizes against the
/// test PostgreSQL: every scenario runs and prints every figure with its data size.
/// </summary>
[Collection(ConsoleCaptureTests.Name)]
public sealed class BenchCliTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await LinliCli.Build().Parse(args).InvokeAsync();
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Fact]
    public async Task SeedThenBench_PrintsEveryFigure()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        // The seed and the bench share the data folder: it holds the keys the numbers are encrypted with.
        await File.WriteAllTextAsync(Path.Combine(database.DataDirectory, "linli.json"),
            JsonSerializer.Serialize(new { Database = new { Provider = "Postgres", database.ConnectionString } }));

        var seed = await RunAsync("demo", "seed", "--data", database.DataDirectory, "--province", "411102", "--residents", "600", "--seed", "3");
        Assert.True(seed.Code == 0, seed.Error);
        Assert.Contains("Seeded 600 residents", seed.Out);
        Assert.Contains("peak RSS", seed.Out);

        var bench = await RunAsync("bench", "rollup", "search", "import", "--pg", database.ConnectionString, "--data", database.DataDirectory,
            "--province", "411102", "--residents", "300", "--repetitions", "5", "--json");

        Assert.True(bench.Code == 0, bench.Error);
        var figures = JsonSerializer.Deserialize<List<Figure>>(bench.Out, Json)!;
        string[] expected =
        [
            "subtree count, district p50", "subtree count, district p95", "subtree count, community p50", "subtree count, community p95",
            "resident search by ID number (hash) p50", "resident search by ID number (hash) p95",
            "resident search by phone (hash) p50", "resident search by phone (hash) p95",
            "resident search by name prefix, 2 characters p50", "resident search by name prefix, 2 characters p95",
            "generate + validate + encrypt (1 thread)", "raw COPY, unindexed table", "import path (BulkInsert: COPY to stage + INSERT SELECT)",
            "import path / raw COPY", "import path stage: ids from the sequence", "import path stage: COPY into staging table",
            "import path stage: INSERT ... SELECT into residents", "seed path (COPY into residents, ids given)", "seed path / raw COPY", "peak RSS of the bench process",
            "ceiling: import path on two connections at once (two transactions; not how an import runs)",
        ];
        Assert.Equal(expected.Order(), figures.Select(f => f.Name).Order());
        Assert.All(figures, f => Assert.True(f.Value > 0, $"{f.Name} = {f.Value}"));
        Assert.Contains(figures, f => f.Scenario == "search" && f.Data.StartsWith("600 residents", StringComparison.Ordinal));
        Assert.Contains(figures, f => f.Scenario == "import" && f.Data.StartsWith("300 residents", StringComparison.Ordinal) && f.Data.Contains("registry of 600", StringComparison.Ordinal));

        // The import scenario rolls back: the registry holds the seeded people only.
        var count = await RunAsync("bench", "rollup", "--pg", database.ConnectionString, "--data", database.DataDirectory,
            "--province", "411102", "--repetitions", "1", "--json");
        Assert.Contains(JsonSerializer.Deserialize<List<Figure>>(count.Out, Json)!, f => f.Data.StartsWith("600 residents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BenchRequests_PostsOverHttp_ThenRemovesWhatItWrote()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var bench = await RunAsync("bench", "requests", "--pg", database.ConnectionString, "--data", database.DataDirectory,
            "--province", "411102", "--requests", "200", "--clients", "4", "--warm-up", "1", "--json");

        Assert.True(bench.Code == 0, bench.Error);
        var figures = JsonSerializer.Deserialize<List<Figure>>(bench.Out, Json)!;
        string[] expected =
        [
            "HTTP POST /api/v1/requests throughput", "HTTP POST /api/v1/requests p50", "HTTP POST /api/v1/requests p95", "HTTP POST /api/v1/requests p99",
            "CPU of the Linli process per HTTP request", "CPU of PostgreSQL per HTTP request",
            "CPU of PostgreSQL per baseline request",
            "Npgsql baseline (counter + request + transition) throughput", "Npgsql baseline (counter + request + transition) p50",
            "Npgsql baseline (counter + request + transition) p95", "Npgsql baseline (counter + request + transition) p99",
            "HTTP / Npgsql baseline",
        ];
        Assert.Equal(expected.Order(), figures.Select(f => f.Name).Order());
        Assert.All(figures, f => Assert.True(f.Value > 0, $"{f.Name} = {f.Value}"));
        Assert.Contains(figures, f => f.Data.StartsWith("200 requests, 4 clients, into 0 existing", StringComparison.Ordinal));
        // The host's request log went to stderr, one line per call, without personal data.
        Assert.Contains("POST /api/v1/requests", bench.Error);
        Assert.DoesNotContain("139000000", bench.Error);

        // Every request of the run (HTTP, warm-up and baseline) and the bench account are gone; the audit log names the account.
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        async Task<long> CountAsync(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM service_requests"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM request_transitions"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM \"AspNetUsers\" WHERE \"UserName\" LIKE 'bench-requests-%'"));
        Assert.True(await CountAsync("SELECT count(*) FROM audit_log WHERE \"Actor\" LIKE 'bench-requests-%' OR \"Summary\" LIKE '%bench-requests-%'") > 0);
        // Numbers were taken in blocks: the counter moved a few times, not 600 (200 + at least 200 warm-up over HTTP, 200 baseline).
        Assert.True(await CountAsync("SELECT max(\"Last\")::bigint FROM request_number_counters") >= 600);
    }

    [Fact]
    public async Task BenchReport_LoadsTheDemoCityIntoAnEmptyDatabase_AndTimesItsReport()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        // A small demo city (one household per committee): the scenario, not the seed, is under test.
        await File.WriteAllTextAsync(Path.Combine(database.DataDirectory, "linli.json"),
            JsonSerializer.Serialize(new { Demo = new { HouseholdsPerCommunity = 1 } }));
        var bench = await RunAsync("bench", "report", "--pg", database.ConnectionString, "--data", database.DataDirectory, "--repetitions", "2", "--json");

        Assert.True(bench.Code == 0, bench.Error);
        var figures = JsonSerializer.Deserialize<List<Figure>>(bench.Out, Json)!;
        string[] levels = ["province", "city", "district", "community"];
        Assert.Equal(
            ["survey report of the demo city, figures + .docx p50", "survey report of the demo city, figures + .docx p95",
                .. levels.SelectMany(level => new[] { $"survey report figures, {level} p50", $"survey report figures, {level} p95" })],
            figures.Select(f => f.Name));
        Assert.All(figures, f => Assert.True(f.Value > 0 && f.Unit == "ms", $"{f.Name} = {f.Value} {f.Unit}"));
        Assert.All(figures.Take(2), f => Assert.StartsWith("漯河市: 1,334 committees, ", f.Data, StringComparison.Ordinal));
        // The levels are those of the bench's province (41, 河南省), which holds only the demo city here.
        Assert.All(figures.Skip(2), f => Assert.EndsWith("households under 河南省", f.Data, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadOptions_AreRefusedInChinese()
    {
        var noResidents = await RunAsync("demo", "seed", "--province", "41");
        Assert.NotEqual(0, noResidents.Code);
        Assert.Contains("--province 与 --residents 须同时给出", noResidents.Error + noResidents.Out);

        var badSize = await RunAsync("bench", "import", "--residents", "0");
        Assert.NotEqual(0, badSize.Code);
        Assert.Contains("--residents 应在1到5,000,000之间", badSize.Error + badSize.Out);

        var noClients = await RunAsync("bench", "requests", "--clients", "0");
        Assert.NotEqual(0, noClients.Code);
        Assert.Contains("--clients 应在1到256之间", noClients.Error + noClients.Out);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Figure(string Scenario, string Name, double Value, string Unit, string Data);
}
