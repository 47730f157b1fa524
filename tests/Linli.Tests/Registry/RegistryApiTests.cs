using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Registry;

public class RegistryApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommunityWorkerOfA_GetsNothingOfB_ListDetailSearchEditHistory(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await RegistryApiFixture.CreateWorkerBAsync(app);
        using var a = await app.ApiClientAsync("shequ");
        using var b = await app.ApiClientAsync("shequb");
        var householdB = await RegistryApiFixture.HouseholdAsync(b, "303");
        var idB = RegistryFixture.IdNumber(303, "19700707");
        var liSi = await RegistryApiFixture.MemberAsync(b, householdB, "李四", idB, "13711112222");
        var householdA = await RegistryApiFixture.HouseholdAsync(a, "101");
        await RegistryApiFixture.MemberAsync(a, householdA, "张三", RegistryFixture.IdNumber(101));

        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/residents/{liSi}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/residents/{liSi}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/households/{householdB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PatchAsJsonAsync($"/api/v1/residents/{liSi}", new { version = 0, name = "王五" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsJsonAsync($"/api/v1/residents/{liSi}/disclose", new { field = "documentNumber", purpose = "核查" })).StatusCode);
        Assert.Equal(0, await RegistryApiFixture.SearchCountAsync(a, new { documentNumber = idB }));
        Assert.Equal(0, await RegistryApiFixture.SearchCountAsync(a, new { phone = "13711112222" }));
        Assert.Equal(0, await RegistryApiFixture.SearchCountAsync(a, new { name = "李" }));
        Assert.Equal(1, await RegistryApiFixture.SearchCountAsync(a, new { name = "张" }));
        Assert.Equal(1, await RegistryApiFixture.SearchCountAsync(b, new { documentNumber = idB }));

        // The street office above both sees both.
        using var street = await app.ApiClientAsync("jiedao");
        var detail = await street.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{liSi}");
        Assert.Equal("李四", detail.GetProperty("name").GetString());
        Assert.Equal("137****2222", detail.GetProperty("phoneMasked").GetString());
        Assert.Equal("Resident", detail.GetProperty("residenceType").GetString());
        Assert.DoesNotContain(idB, detail.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Patch_StaleVersion_Returns409InChinese_AndBadInputNamesTheField(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var a = await app.ApiClientAsync("shequ");
        var household = await RegistryApiFixture.HouseholdAsync(a, "101");
        var id = await RegistryApiFixture.MemberAsync(a, household, "张三", RegistryFixture.IdNumber(101), "13812345678");

        var first = await a.PatchAsJsonAsync($"/api/v1/residents/{id}", new { version = 0, name = "张三丰", tags = new[] { new { tag = "残疾", detail = "二级" } } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var stale = await a.PatchAsJsonAsync($"/api/v1/residents/{id}", new { version = 0, name = "张叁" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("该记录已被他人修改，请刷新后重试。", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var badType = await (await a.PatchAsJsonAsync($"/api/v1/residents/{id}", new { version = 1, residenceType = "游客" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("residenceType", badType.GetProperty("field").GetString());
        Assert.Contains("居住类型“游客”无效", badType.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var badPhone = await a.PatchAsJsonAsync($"/api/v1/residents/{id}", new { version = 1, phone = "12" });
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        Assert.Equal("phone", (await badPhone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());

        var movedOut = await a.PostAsJsonAsync($"/api/v1/residents/{id}/move-out", new { date = "2024-05-01", destination = "郑州市" });
        Assert.Equal("MovedOut", (await movedOut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var history = await a.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{id}/history");
        Assert.Equal("迁出", history.GetProperty("items").EnumerateArray().First(i => i.GetProperty("source").GetString() == "event").GetProperty("title").GetString());

        // The audit log keeps Chinese readable (no \u escapes).
        using var bureau = await app.ApiClientAsync("minzheng");
        var audit = await bureau.GetStringAsync("/api/v1/audit?entityType=Resident");
        Assert.True(System.Text.RegularExpressions.Regex.Unescape(audit).Contains("张三丰", StringComparison.Ordinal), audit);
        var afters = (await bureau.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=Resident")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "update").Select(e => e.GetProperty("after").GetString()!).ToList();
        Assert.Contains(afters, after => after.Contains("\"Name\":\"张三丰\"", StringComparison.Ordinal));
    }
}
