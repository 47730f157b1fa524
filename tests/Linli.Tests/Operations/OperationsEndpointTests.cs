using System.Net;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Operations;

public sealed class OperationsEndpointTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Readyz_IsReadyWhenTheSchemaIsCurrent(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        using var client = app.Client();

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ready\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_CountRequestsByRouteTemplate()
    {
        await using var app = await TestApp.StartAsync();
        using var client = await app.ApiClientAsync("shequ");
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/me")).EnsureSuccessStatusCode();
        }
        (await client.GetAsync("/api/v1/no-such-thing")).Dispose();

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("linli_http_requests_total{method=\"GET\",route=\"/api/v1/me\",status=\"2xx\"} 3", metrics);
        Assert.Contains("linli_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/me\",status=\"2xx\"} 3", metrics);
        Assert.Contains("status=\"4xx\"", metrics);
        Assert.Contains("linli_process_working_set_bytes", metrics);
    }

    [Fact]
    public async Task RequestLog_NamesTheRouteAndRequestId_NeverTheQueryString()
    {
        await using var app = await TestApp.StartAsync();
        using var client = await app.ApiClientAsync("admin");

        (await client.GetAsync("/api/v1/audit?actor=13812345678")).EnsureSuccessStatusCode();

        var lines = app.Logs.Lines.Where(l => l.Contains("Linli.Requests", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("GET /api/v1/audit → 200", StringComparison.Ordinal) && l.Contains("request ", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("13812345678", StringComparison.Ordinal));
    }
}
