using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Core.Features.Audit;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class RoutingRulesApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RoutingRules_CreateValidateTryEditDelete_AndStayInsideTheArea(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await RequestsFixture.CreateOtherDistrictAccountAsync(app);
        using var street = await app.ApiClientAsync("jiedao");
        using var community = await app.ApiClientAsync("shequ");
        using var other = await app.ApiClientAsync("yancheng", "Other2026");

        var created = await street.PostAsJsonAsync("/api/v1/routing-rules", new { category = "0201", place = RequestsFixture.Binxi, target = RequestsFixture.LaojieStreet, note = "电梯由街道统一调度" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // Bad input: each refusal names its field in Chinese, and nothing is written.
        await AssertRefusedAsync(await street.PostAsJsonAsync("/api/v1/routing-rules", new { category = "0201", place = RequestsFixture.Binxi, target = RequestsFixture.Binxi }), "place", "已有相同类别、相同地点的派单规则");
        await AssertRefusedAsync(await street.PostAsJsonAsync("/api/v1/routing-rules", new { category = "9999", place = RequestsFixture.Binxi, target = RequestsFixture.Binxi }), "category", "诉求类别“9999”不存在");
        await AssertRefusedAsync(await street.PostAsJsonAsync("/api/v1/routing-rules", new { category = "0201", place = RequestsFixture.OtherDistrict, target = RequestsFixture.Binxi }), "place", "不在您的管辖范围内");
        await AssertRefusedAsync(await street.PostAsJsonAsync("/api/v1/routing-rules", new { place = RequestsFixture.Binxi, target = "411102" }), "target", "不在您的管辖范围内");
        var malformed = await street.PostAsync("/api/v1/routing-rules", new StringContent("{\"place\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await community.PostAsJsonAsync("/api/v1/routing-rules", new { place = RequestsFixture.Binxi, target = RequestsFixture.Binxi })).StatusCode);
        var rules = await street.GetFromJsonAsync<JsonElement>("/api/v1/routing-rules");
        var rule = Assert.Single(rules.EnumerateArray());
        Assert.Equal("电梯由街道统一调度", rule.GetProperty("note").GetString());

        // A parent-category rule for the whole street: the sub-category rule still wins, and the trial says why.
        (await street.PostAsJsonAsync("/api/v1/routing-rules", new { category = "02", place = RequestsFixture.LaojieStreet, target = RequestsFixture.Binxi })).EnsureSuccessStatusCode();
        var trial = await street.GetFromJsonAsync<JsonElement>($"/api/v1/routing-rules/try?category=0201&place={RequestsFixture.Binxi}");
        Assert.Equal("老街街道", trial.GetProperty("target").GetProperty("name").GetString());
        var matches = trial.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(2, matches.Count);
        Assert.Equal(id, matches[0].GetProperty("rule").GetProperty("id").GetInt64());
        Assert.Contains("类别完全相同", matches[0].GetProperty("why").GetString());
        Assert.Contains("适用其大类", matches[1].GetProperty("why").GetString());
        var badTrial = await street.GetAsync($"/api/v1/routing-rules/try?category=0201&place={RequestsFixture.OtherDistrict}");
        Assert.Equal(HttpStatusCode.BadRequest, badTrial.StatusCode);

        // Another district sees none of it.
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/routing-rules")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/routing-rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/routing-rules/{id}", new { category = "0201", place = "411103", target = "411103", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/routing-rules/{id}")).StatusCode);

        // Edit with the version read; a stale version is a conflict; then delete.
        var version = (await street.GetFromJsonAsync<JsonElement>($"/api/v1/routing-rules/{id}")).GetProperty("version").GetInt32();
        var edited = await street.PutAsJsonAsync($"/api/v1/routing-rules/{id}", new { category = "0201", place = RequestsFixture.Binxi, target = RequestsFixture.Binxi, active = false, version });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await street.PutAsJsonAsync($"/api/v1/routing-rules/{id}", new { category = "0201", place = RequestsFixture.Binxi, target = RequestsFixture.Binxi, version })).StatusCode);
        var inactive = await street.GetFromJsonAsync<JsonElement>($"/api/v1/routing-rules/try?category=0201&place={RequestsFixture.Binxi}");
        Assert.Single(inactive.GetProperty("matches").EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, (await street.DeleteAsync($"/api/v1/routing-rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await street.GetAsync($"/api/v1/routing-rules/{id}")).StatusCode);

        // Who changed the routing, and when, is in the audit log: created, edited, deleted.
        await using var scope = app.Scope();
        var audit = await scope.ServiceProvider.GetRequiredService<Linli.Core.Data.LinliDb>().AuditEntries
            .Where(a => a.EntityType == "RoutingRule" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.Create, AuditActions.Delete, AuditActions.Update], audit.Order(StringComparer.Ordinal));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(message, problem.GetProperty("message_zh").GetString());
    }
}
