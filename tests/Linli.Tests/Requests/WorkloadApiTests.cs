using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Requests;

public class WorkloadApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Workload_CountsPerChildUnit_MatchTheFilteredQueue_AndAnotherDistrictIsRefused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await RequestsFixture.CreateOtherDistrictAccountAsync(app);
        using var hotline = await app.ApiClientAsync("rexian");
        using var street = await app.ApiClientAsync("jiedao");
        using var community = await app.ApiClientAsync("shequ");
        using var other = await app.ApiClientAsync("yancheng", "Other2026");

        async Task<JsonElement> BinxiAsync()
        {
            var report = await street.GetFromJsonAsync<JsonElement>($"/api/v1/requests/workload?unit={RequestsFixture.LaojieStreet}");
            return report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == RequestsFixture.Binxi).GetProperty("counts");
        }
        var before = await BinxiAsync();

        // Three requests routed to 滨西社区; the community signs for one.
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = $"{i + 1}号楼电梯停运", phone = "13912345678", route = true })).GetProperty("id").GetInt64());
        }
        await RequestsFixture.MoveAsync(community, ids[0], "accept");

        var after = await BinxiAsync();
        int Delta(string column) => after.GetProperty(column).GetInt32() - before.GetProperty(column).GetInt32();
        Assert.Equal(3, Delta("open"));
        Assert.Equal(2, Delta("waiting"));
        Assert.Equal(1, Delta("inProgress"));
        Assert.Equal(3, Delta("last7Days"));
        Assert.Equal(3, Delta("last30Days"));
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("medianOpenDays").ValueKind);

        // Every column agrees with the queue filter its number links to.
        foreach (var (column, stage) in new[] { ("open", "open"), ("waiting", "waiting"), ("inProgress", "inprogress"), ("overdue", "overdue"), ("dueSoon", "duesoon") })
        {
            var queue = await street.GetFromJsonAsync<JsonElement>($"/api/v1/requests?handler={RequestsFixture.Binxi}&stage={stage}&pageSize=1");
            Assert.Equal(after.GetProperty(column).GetInt32(), queue.GetProperty("total").GetInt32());
        }
        var report = await street.GetFromJsonAsync<JsonElement>($"/api/v1/requests/workload?unit={RequestsFixture.LaojieStreet}");
        var since7 = report.GetProperty("since7").GetString();
        var recent = await street.GetFromJsonAsync<JsonElement>($"/api/v1/requests?handler={RequestsFixture.Binxi}&from={since7}&pageSize=1");
        Assert.Equal(after.GetProperty("last7Days").GetInt32(), recent.GetProperty("total").GetInt32());
        var total = report.GetProperty("total");
        Assert.Equal(report.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("counts").GetProperty("open").GetInt32()), total.GetProperty("open").GetInt32());
        Assert.NotEmpty(report.GetProperty("definitions").EnumerateArray());

        var badStage = await street.GetAsync("/api/v1/requests?stage=soon");
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);
        Assert.Contains("办理阶段", await badStage.Content.ReadAsStringAsync());

        // Another district: neither the view, the export nor the queue filter open this street.
        Assert.Equal(HttpStatusCode.BadRequest, (await other.GetAsync($"/api/v1/requests/workload?unit={RequestsFixture.LaojieStreet}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.GetAsync($"/api/v1/requests/workload/export?unit={RequestsFixture.LaojieStreet}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.GetAsync($"/api/v1/requests?handler={RequestsFixture.Binxi}")).StatusCode);
        var own = await other.GetFromJsonAsync<JsonElement>("/api/v1/requests/workload");
        Assert.Equal(0, own.GetProperty("total").GetProperty("open").GetInt32());

        var export = await street.GetAsync($"/api/v1/requests/workload/export?unit={RequestsFixture.LaojieStreet}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }
}
