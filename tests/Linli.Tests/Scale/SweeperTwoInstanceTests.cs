using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Npgsql;

namespace Linli.Tests.Scale;

/// <summary>
/// Two `linli serve` processes sweeping deadlines every second against one PostgreSQL: every overdue
/// request is escalated exactly once, whichever instance gets there first.
/// </summary>
public sealed class SweeperTwoInstanceTests : IAsyncLifetime
{
    private readonly List<string> _folders = [];
    private TestDatabase _database = null!;
    private LinliProcess _a = null!;
    private LinliProcess _b = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var settings = new Dictionary<string, string?>(_database.Settings) { ["Demo:HouseholdsPerCommunity"] = "0", ["Requests:SweepSeconds"] = "1" };
        _a = await LinliProcess.StartAsync(Folder(), settings, key);
        _b = await LinliProcess.StartAsync(Folder(), settings, key);
    }

    [Fact]
    public async Task TwoInstances_EscalateEachOverdueRequestExactlyOnce()
    {
        const int count = 40;
        using var hotline = await _a.ApiClientAsync("rexian");
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var response = await hotline.PostAsJsonAsync("/api/v1/requests", new
            {
                channel = "Hotline", category = i % 2 == 0 ? "0201" : "0102", place = "411102001001",
                description = $"第{i}件：超期测试", phone = "13912345678", route = true,
            });
            response.EnsureSuccessStatusCode();
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        }

        // Put every due time in the past, as if a week went by; both sweepers pick them up within a second.
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using (var overdue = new NpgsqlCommand("""UPDATE service_requests SET "ResponseDueAt" = now() - interval '7 days', "ResolutionDueAt" = now() - interval '1 day'""", connection))
        {
            Assert.Equal(count, await overdue.ExecuteNonQueryAsync());
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await EscalationsAsync(connection) < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more passes of both instances

        Assert.Equal(count, await EscalationsAsync(connection));
        await using var perRequest = new NpgsqlCommand("""SELECT max(n) FROM (SELECT count(*) AS n FROM request_transitions WHERE "Action" = 10 GROUP BY "RequestId") x""", connection);
        Assert.Equal(1L, await perRequest.ExecuteScalarAsync());
        await using var escalated = new NpgsqlCommand("""SELECT count(*) FROM service_requests WHERE "EscalationLevel" = 1 AND "Status" = 9""", connection);
        Assert.Equal((long)count, await escalated.ExecuteScalarAsync());
        Assert.Contains("Deadline sweep", _a.Output + _b.Output, StringComparison.Ordinal);
    }

    private static async Task<long> EscalationsAsync(NpgsqlConnection connection)
    {
        await using var cmd = new NpgsqlCommand("""SELECT count(*) FROM request_transitions WHERE "Action" = 10""", connection);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        await _database.DisposeAsync();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Folder()
    {
        var folder = Directory.CreateTempSubdirectory("linli-sweeper-").FullName;
        _folders.Add(folder);
        return folder;
    }
}
