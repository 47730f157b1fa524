using System.Net.Sockets;

namespace Linli.Tests;

/// <summary>Proves that test.sh started a private PostgreSQL cluster and exported LINLI_TEST_PG.</summary>
public class ScriptSmokeTests
{
    [Fact]
    public async Task TestEnvironment_PostgresFromTestScript_IsReachable()
    {
        var connectionString = Environment.GetEnvironmentVariable("LINLI_TEST_PG");
        Assert.False(string.IsNullOrWhiteSpace(connectionString), "LINLI_TEST_PG is not set; run the tests through ./test.sh");

        string? host = null;
        var port = 5432;
        foreach (var part in connectionString!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0].Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                host = pair[1];
            }
            else if (pair[0].Equals("Port", StringComparison.OrdinalIgnoreCase))
            {
                port = int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Assert.False(string.IsNullOrEmpty(host), $"No Host in LINLI_TEST_PG: {connectionString}");

        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(host!, port, timeout.Token);
        Assert.True(client.Connected);
    }
}
