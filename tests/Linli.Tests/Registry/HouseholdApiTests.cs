using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Registry;

public class HouseholdApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PatchHousehold_SetsHeadAndRoom_StaleVersionConflicts_DuplicateAddressRefused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var a = await app.ApiClientAsync("shequ");
        var household = await RegistryApiFixture.HouseholdAsync(a, "101");
        var member = await RegistryApiFixture.MemberAsync(a, household, "张三", RegistryFixture.IdNumber(101));
        await RegistryApiFixture.HouseholdAsync(a, "102");

        var duplicate = await a.PostAsJsonAsync("/api/v1/households", new { grid = "第一网格", estate = "幸福小区", building = "2号楼", entrance = "1单元", room = "101" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var version = (await a.GetFromJsonAsync<JsonElement>($"/api/v1/households/{household}")).GetProperty("version").GetInt32();
        var patched = await a.PatchAsJsonAsync($"/api/v1/households/{household}", new { version, room = "103", housingStatus = "租住", headResidentId = member });
        Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());
        var body = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("103", "Tenant", member), (body.GetProperty("room").GetString(), body.GetProperty("housingStatus").GetString(), body.GetProperty("headResidentId").GetInt64()));

        Assert.Equal(HttpStatusCode.Conflict, (await a.PatchAsJsonAsync($"/api/v1/households/{household}", new { version, room = "104" })).StatusCode);
        var taken = await a.PatchAsJsonAsync($"/api/v1/households/{household}", new { version = version + 1, room = "102" });
        Assert.Contains("该地址已有另一户档案", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notMember = await (await a.PatchAsJsonAsync($"/api/v1/households/{household}", new { version = version + 1, headResidentId = 999999 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("headResidentId", notMember.GetProperty("field").GetString());
    }

    [Fact]
    public async Task MalformedJson_AnswersInChinese_NamingTheField()
    {
        await using var app = await TestApp.StartAsync();
        using var a = await app.ApiClientAsync("shequ");

        var badDate = await a.PostAsync("/api/v1/residents/1/move-out", new StringContent("{\"date\":\"2024/05/01\",\"destination\":\"郑州\"}", Encoding.UTF8, "application/json"));
        var problem = await badDate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal("date", problem.GetProperty("field").GetString());
        Assert.Contains("年-月-日", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var notJson = await a.PostAsync("/api/v1/residents/search", new StringContent("name=张", Encoding.UTF8, "text/plain"));
        // The endpoints declare JSON bodies (for the OpenAPI document), so other content types are refused by routing.
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        var empty = await a.PostAsync("/api/v1/residents/search", new StringContent("", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请求", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
