using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class RequestsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Request_FromHotlineToClose_WalksTheWorkflow_ConflictsAndScopeHold(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await RequestsFixture.CreateOtherDistrictAccountAsync(app);
        using var hotline = await app.ApiClientAsync("rexian");
        using var community = await app.ApiClientAsync("shequ");
        using var street = await app.ApiClientAsync("jiedao");
        using var other = await app.ApiClientAsync("yancheng", "Other2026");

        // Intake on the hotline, routed at once: a lift breakdown goes to the place's community by default.
        var created = await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "3号楼电梯停在5楼不动，老人下不了楼",
            contactName = "王女士", phone = "13912345678", route = true,
        });
        var id = created.GetProperty("id").GetInt64();
        Assert.Matches(@"^Q\d{8}-\d{6}$", created.GetProperty("trackingNumber").GetString());
        Assert.Matches(@"^\d{6}$", created.GetProperty("verificationCode").GetString());
        Assert.Equal("Routed", created.GetProperty("status").GetString());
        Assert.Equal("滨西社区居民委员会", created.GetProperty("suggestedUnit").GetString());

        // Two people sign for it from the same version: exactly one wins, the other gets 409.
        var version = (await RequestsFixture.GetAsync(community, id)).GetProperty("version").GetInt32();
        var racing = await Task.WhenAll(
            community.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action = "accept", version }),
            street.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action = "签收", version }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], racing.Select(r => r.StatusCode).Order());
        var conflict = racing.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await RequestsFixture.MoveAsync(community, id, "start");
        var illegal = await community.PostAsJsonAsync($"/api/v1/requests/{id}/transitions",
            new { action = "accept", version = (await RequestsFixture.GetAsync(community, id)).GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Contains("诉求当前为“办理中”，不能“签收”", await illegal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await RequestsFixture.MoveAsync(community, id, "resolve", note: "已联系维保公司修复");

        // Callback: reached and satisfied, then archived.
        var v = (await RequestsFixture.GetAsync(hotline, id)).GetProperty("version").GetInt32();
        var callback = await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/callbacks", new { version = v, reached = true, resolved = true, satisfied = true });
        Assert.True(callback.IsSuccessStatusCode, await callback.Content.ReadAsStringAsync());
        var closed = await RequestsFixture.MoveAsync(hotline, id, "close");

        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(
            ["Receive", "Route", "Accept", "Start", "Resolve", "CallBack", "Close"],
            closed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("139****5678", closed.GetProperty("phone").GetString());
        Assert.DoesNotContain("13912345678", closed.GetRawText(), StringComparison.Ordinal);

        // Another district sees nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        var otherList = await other.GetFromJsonAsync<JsonElement>("/api/v1/requests");
        Assert.Equal(0, otherList.GetProperty("total").GetInt32());
        var otherMove = await other.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action = "reopen", version = closed.GetProperty("version").GetInt32(), note = "x" });
        Assert.Equal(HttpStatusCode.NotFound, otherMove.StatusCode);
        Assert.Equal(1, (await street.GetFromJsonAsync<JsonElement>("/api/v1/requests")).GetProperty("total").GetInt32());

        // The caller's past requests, found by the keyed phone hash.
        var byPhone = await hotline.PostAsJsonAsync("/api/v1/requests/by-phone", new { phone = "139 1234 5678" });
        Assert.Equal(1, (await byPhone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Callback_NotSatisfied_ReopensForHandlingAgain()
    {
        await using var app = await TestApp.StartAsync();
        using var hotline = await app.ApiClientAsync("rexian");
        using var community = await app.ApiClientAsync("shequ");
        var id = (await RequestsFixture.CreateAsync(hotline, new { channel = "热线", category = "0102", place = RequestsFixture.Binxi, description = "垃圾三天没人清运", phone = "13912345678", route = true }))
            .GetProperty("id").GetInt64();
        await RequestsFixture.MoveAsync(community, id, "accept");
        await RequestsFixture.MoveAsync(community, id, "resolve", note: "已清运");

        var v = (await RequestsFixture.GetAsync(hotline, id)).GetProperty("version").GetInt32();
        var missing = await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/callbacks", new { version = v, reached = true, resolved = false });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("是否满意", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var response = await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/callbacks", new { version = v, reached = true, resolved = false, satisfied = false, note = "只清了一半" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Reopened", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("reopenCount").GetInt32());
        Assert.Equal("回访不满意：只清了一半", body.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString());
        Assert.Contains("Route", body.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.False(body.GetProperty("callbacks")[0].GetProperty("satisfied").GetBoolean());
    }

    [Fact]
    public async Task Create_BadInput_AnswersInChineseNamingTheField_AndWritesNothing()
    {
        await using var app = await TestApp.StartAsync();
        using var hotline = await app.ApiClientAsync("rexian");

        async Task<JsonElement> Bad(object body)
        {
            var response = await hotline.PostAsJsonAsync("/api/v1/requests", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var noDescription = await Bad(new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "坏了", phone = "13912345678" });
        Assert.Equal("description", noDescription.GetProperty("field").GetString());
        Assert.Contains("请描述诉求内容", noDescription.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("category", (await Bad(new { channel = "Hotline", category = "02", place = RequestsFixture.Binxi, description = "电梯坏了五天了", phone = "13912345678" })).GetProperty("field").GetString());
        Assert.Equal("phone", (await Bad(new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "电梯坏了五天了", phone = "12345" })).GetProperty("field").GetString());
        Assert.Equal("place", (await Bad(new { channel = "Hotline", category = "0201", place = "99", description = "电梯坏了五天了", phone = "13912345678" })).GetProperty("field").GetString());
        Assert.Equal("channel", (await Bad(new { channel = "Web", category = "0201", place = RequestsFixture.Binxi, description = "电梯坏了五天了", phone = "13912345678" })).GetProperty("field").GetString());
        Assert.Equal("latitude", (await Bad(new { channel = "Api", category = "0201", place = RequestsFixture.Binxi, description = "电梯坏了五天了", latitude = 120.0, longitude = 30.0 })).GetProperty("field").GetString());
        var malformed = await hotline.PostAsync("/api/v1/requests", new StringContent("{\"latitude\": \"north\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        await using var scope = app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.CountAsync());
    }

    [Fact]
    public async Task Create_SameProblemTwiceInTheCommunity_ProposesTheFirstForMerging_AndMergeFoldsIt()
    {
        await using var app = await TestApp.StartAsync();
        using var hotline = await app.ApiClientAsync("rexian");
        var body = new { channel = "Hotline", category = "0101", place = RequestsFixture.Binxi, description = "滨河路路灯一整排不亮", phone = "13912345678" };
        var first = await RequestsFixture.CreateAsync(hotline, body);
        var second = await RequestsFixture.CreateAsync(hotline, body with { });
        var otherCategory = await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0102", place = RequestsFixture.Binxi, description = "垃圾没人清运", phone = "13912345678" });

        Assert.Equal(first.GetProperty("trackingNumber").GetString(), second.GetProperty("duplicateOf").GetString());
        Assert.Equal(JsonValueKind.Null, otherCategory.GetProperty("duplicateOf").ValueKind);
        var id = second.GetProperty("id").GetInt64();
        var version = (await RequestsFixture.GetAsync(hotline, id)).GetProperty("version").GetInt32();
        var merged = await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action = "merge", version, mergeInto = first.GetProperty("trackingNumber").GetString() });
        var view = await merged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Merged", view.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("trackingNumber").GetString(), view.GetProperty("mergedInto").GetString());
    }
}
