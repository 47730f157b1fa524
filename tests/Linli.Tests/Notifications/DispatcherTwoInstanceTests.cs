using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Npgsql;

namespace Linli.Tests.Notifications;

/// <summary>
/// Two `linli serve` processes dispatching the outbox every second against one PostgreSQL, to one
/// webhook receiver: every row is delivered exactly once, whichever instance claims it.
/// </summary>
public sealed class DispatcherTwoInstanceTests : IAsyncLifetime
{
    private const int Count = 60;
    private readonly List<string> _folders = [];
    private TestDatabase _database = null!;
    private WebhookReceiver _hook = null!;
    private LinliProcess _a = null!;
    private LinliProcess _b = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        _hook = await WebhookReceiver.StartAsync();
        _hook.Delay = TimeSpan.FromMilliseconds(50); // 60 rows take about 3 s: both instances' 1 s ticks fall inside
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["Demo:HouseholdsPerCommunity"] = "0",
            ["Notifications:DispatchSeconds"] = "1",
            ["Notifications:BatchSize"] = "5",
            ["Notifications:Webhook:Url"] = _hook.Url,
            ["Notifications:Webhook:Secret"] = WebhookReceiver.Secret,
        };
        _a = await LinliProcess.StartAsync(Folder(), settings, key);
        _b = await LinliProcess.StartAsync(Folder(), settings, key);
    }

    [Fact]
    public async Task TwoInstances_DeliverEachRowExactlyOnce()
    {
        using var hotline = await _a.ApiClientAsync("rexian");
        var response = await hotline.PostAsJsonAsync("/api/v1/requests", new
        {
            channel = "Hotline", category = "0201", place = "411102001001", description = "电梯停运：通知测试", phone = "13912345678", notifyOptIn = true, route = true,
        });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // Many due rows at once, as after an outage: both dispatchers compete for them in small batches.
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand($$"""
            INSERT INTO notifications ("RequestId", "Path", "TrackingNumber", "Event", "Channel", "Language", "Subject", "Body", "Status", "Attempts", "NextAttemptAt", "CreatedAt")
            SELECT r."Id", r."Path", r."TrackingNumber", 3, 2, 'zh', 'load ' || g, '{"trackingNumber":"' || r."TrackingNumber" || '","n":' || g || '}', 1, 0, now(), now()
            FROM service_requests r, generate_series(1, {{Count}}) g WHERE r."Id" = {{id}}
            """, connection))
        {
            Assert.Equal(Count, await insert.ExecuteNonQueryAsync());
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_hook.Accepted.Count < Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more passes of both instances

        Assert.Equal(Count, _hook.Accepted.Count);
        Assert.Equal(Count, _hook.Accepted.Select(d => d.DeliveryId).Distinct().Count());
        await using var sent = new NpgsqlCommand("""SELECT count(*) FROM notifications WHERE "Status" = 3 AND "Attempts" = 1""", connection);
        Assert.Equal((long)Count, await sent.ExecuteScalarAsync());
        // Both instances took part (each logs its own counts).
        Assert.Contains("Notifications:", _a.Output, StringComparison.Ordinal);
        Assert.Contains("Notifications:", _b.Output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        await _hook.DisposeAsync();
        await _database.DisposeAsync();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Folder()
    {
        var folder = Directory.CreateTempSubdirectory("linli-dispatch-").FullName;
        _folders.Add(folder);
        return folder;
    }
}
