using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Requests;

public class MergeConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merge_CrossingMergesAtOnce_OneWinsTheOtherConflicts(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: true);
        using var hotline = await app.ApiClientAsync("rexian");
        using var street = await app.ApiClientAsync("jiedao");

        async Task<(long Id, string Number, int Version)> NewAsync(string description)
        {
            var created = await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0101", place = RequestsFixture.Binxi, description, phone = "13912345678" });
            return (created.GetProperty("id").GetInt64(), created.GetProperty("trackingNumber").GetString()!, created.GetProperty("version").GetInt32());
        }

        // Several rounds: each has two requests merged into each other by two people at the same moment.
        for (var round = 0; round < 6; round++)
        {
            var a = await NewAsync($"第{round}轮：5号楼门口路灯不亮");
            var b = await NewAsync($"第{round}轮：5号楼旁路灯坏了");
            var answers = await Task.WhenAll(
                hotline.PostAsJsonAsync($"/api/v1/requests/{a.Id}/transitions", new { action = "merge", version = a.Version, mergeInto = b.Number }),
                street.PostAsJsonAsync($"/api/v1/requests/{b.Id}/transitions", new { action = "merge", version = b.Version, mergeInto = a.Number }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(r => r.StatusCode).Order());
            Assert.Contains("已被他人修改", await answers.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var statuses = new[] { (await RequestsFixture.GetAsync(hotline, a.Id)).GetProperty("status").GetString(), (await RequestsFixture.GetAsync(hotline, b.Id)).GetProperty("status").GetString() };
            Assert.Equal(["Merged", "Received"], statuses.Order());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merge_IntoAMergedOrClosedRequest_IsRefusedNamingTheField(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: true);
        using var hotline = await app.ApiClientAsync("rexian");
        async Task<JsonElement> NewAsync(string description) =>
            await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0101", place = RequestsFixture.Binxi, description, phone = "13912345678" });

        var (first, second, third) = (await NewAsync("3号楼路灯不亮已两天"), await NewAsync("3号楼路灯还是不亮"), await NewAsync("3号楼北侧路灯不亮"));
        var merged = await hotline.PostAsJsonAsync($"/api/v1/requests/{second.GetProperty("id").GetInt64()}/transitions",
            new { action = "merge", version = second.GetProperty("version").GetInt32(), mergeInto = first.GetProperty("trackingNumber").GetString() });
        Assert.True(merged.IsSuccessStatusCode, await merged.Content.ReadAsStringAsync());

        var refused = await hotline.PostAsJsonAsync($"/api/v1/requests/{third.GetProperty("id").GetInt64()}/transitions",
            new { action = "merge", version = third.GetProperty("version").GetInt32(), mergeInto = second.GetProperty("trackingNumber").GetString() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("mergeInto", problem.GetProperty("field").GetString());
        Assert.Contains("仍在办理中", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Received", (await RequestsFixture.GetAsync(hotline, third.GetProperty("id").GetInt64())).GetProperty("status").GetString());
    }
}
