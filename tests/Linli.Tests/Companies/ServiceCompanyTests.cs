using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Companies;

/// <summary>Registry, routing to a company, company staff fenced to their own requests, ratings from callbacks.</summary>
public class ServiceCompanyTests
{
    private static async Task<long> RegisterAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/service-companies", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task AddUserAsync(HttpClient client, long company, string userName)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/service-companies/{company}/users", new { userName, displayName = userName + "（测试）", password = "Company2026" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> RouteAsync(HttpClient client, long request, long company)
    {
        var version = (await RequestsFixture.GetAsync(client, request)).GetProperty("version").GetInt32();
        return await client.PostAsJsonAsync($"/api/v1/requests/{request}/route-to-company", new { companyId = company, version });
    }

    private static async Task<JsonElement> MoveAsync(HttpClient company, long request, string action, string? note = null)
    {
        var version = (await company.GetFromJsonAsync<JsonElement>($"/api/v1/company/requests/{request}")).GetProperty("version").GetInt32();
        var response = await company.PostAsJsonAsync($"/api/v1/company/requests/{request}/transitions", new { action, version, note });
        Assert.True(response.IsSuccessStatusCode, $"{action}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompanyStaff_SeeAndHandleOnlyTheirOwnRequests_AndCallbacksRateTheCompany(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        string otherCommunity;
        await using (var scope = app.Scope())
        {
            otherCommunity = await scope.ServiceProvider.GetRequiredService<LinliDb>().OrgUnits
                .Where(o => o.Kind == OrgUnitKind.Community && o.Code.StartsWith(RequestsFixture.OtherDistrict)).OrderBy(o => o.Code).Select(o => o.Code).FirstAsync();
        }
        using var bureau = await app.ApiClientAsync("minzheng");
        var anju = await RegisterAsync(bureau, new
        {
            name = "安居物业维修（示例）", contact = "0395-1234567（值班）", categories = new[] { "0201", "0205" }, areas = new[] { RequestsFixture.LaojieStreet },
            prices = new[] { new { item = "电梯困人解救", unit = "次", priceYuan = 0m }, new { item = "门锁更换", unit = "把", priceYuan = 120.5m } },
        });
        var jiazheng = await RegisterAsync(bureau, new { name = "郾城邻家家政（示例）", contact = "0395-7654321", categories = new[] { "04" }, areas = new[] { RequestsFixture.OtherDistrict } });
        await AddUserAsync(bureau, anju, "anju");
        await AddUserAsync(bureau, jiazheng, "linjia");

        using var hotline = await app.ApiClientAsync("rexian");
        var lift = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "5号楼电梯停运两天", phone = "13900139000" })).GetProperty("id").GetInt64();
        var meals = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0401", place = otherCommunity, description = "独居老人需要上门助餐", phone = "13900139001" })).GetProperty("id").GetInt64();
        var notRouted = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "3号楼电梯异响", phone = "13900139002" })).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, (await RouteAsync(hotline, lift, jiazheng)).StatusCode); // wrong category and area
        Assert.Equal(HttpStatusCode.OK, (await RouteAsync(hotline, lift, anju)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RouteAsync(hotline, meals, jiazheng)).StatusCode); // 0401 is under the company's 04

        using var staff = await app.ApiClientAsync("anju", "Company2026");
        var mine = await staff.GetFromJsonAsync<JsonElement>("/api/v1/company/requests");
        Assert.Equal([lift], mine.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal("139****9000", mine[0].GetProperty("phone").GetString());
        foreach (var other in new[] { meals, notRouted })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/company/requests/{other}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync($"/api/v1/company/requests/{other}/transitions", new { action = "accept", version = 0 })).StatusCode);
        }
        // Fenced off everything else, whatever the account's place in the tree.
        foreach (var url in new[] { "/api/v1/requests", $"/api/v1/requests/{notRouted}", "/api/v1/residents?q=王", "/api/v1/service-companies", "/api/v1/imports/1/errors.xlsx" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(url)).StatusCode);
        }

        await MoveAsync(staff, lift, "accept");
        await MoveAsync(staff, lift, "start");
        var refused = await staff.PostAsJsonAsync($"/api/v1/company/requests/{lift}/transitions", new { action = "close", version = 2 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("加盟企业不能", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var resolved = await MoveAsync(staff, lift, "resolve", "已更换电梯控制板，运行正常");
        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());

        var version = (await RequestsFixture.GetAsync(hotline, lift)).GetProperty("version").GetInt32();
        var callback = await hotline.PostAsJsonAsync($"/api/v1/requests/{lift}/callbacks", new { version, reached = true, resolved = true, satisfied = true });
        Assert.True(callback.IsSuccessStatusCode, await callback.Content.ReadAsStringAsync());

        var companies = await bureau.GetFromJsonAsync<JsonElement>("/api/v1/service-companies");
        var rated = companies.EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == anju);
        var rating = rated.GetProperty("rating");
        Assert.Equal((1, 0, 1, 1.0, 1.0), (rating.GetProperty("requests").GetInt32(), rating.GetProperty("open").GetInt32(), rating.GetProperty("reached").GetInt32(),
            rating.GetProperty("resolutionRate").GetDouble(), rating.GetProperty("satisfactionRate").GetDouble()));
        Assert.Equal(120.5m, rated.GetProperty("prices")[1].GetProperty("priceYuan").GetDecimal());

        // The street office of 老街 sees the company serving its street, not the one in 郾城区.
        using var street = await app.ApiClientAsync("jiedao");
        Assert.Equal([anju], (await street.GetFromJsonAsync<JsonElement>("/api/v1/service-companies")).EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Registry_RefusesBadInput_NamingTheField_AndWritesNothing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var street = await app.ApiClientAsync("jiedao");

        async Task<(HttpStatusCode, string, string)> Post(object body, string query = "")
        {
            var response = await street.PostAsJsonAsync("/api/v1/service-companies" + query, body);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, problem.GetProperty("field").GetString()!, problem.GetProperty("detail").GetString()!);
        }

        Assert.Equal((HttpStatusCode.BadRequest, "name", "请填写企业名称（1–100个字）"), await Post(new { contact = "x", categories = new[] { "0201" }, areas = new[] { RequestsFixture.Binxi } }));
        Assert.Equal((HttpStatusCode.BadRequest, "categories", "服务类别代码“9999”不存在"), await Post(new { name = "甲", contact = "x", categories = new[] { "9999" }, areas = new[] { RequestsFixture.Binxi } }));
        Assert.Equal((HttpStatusCode.BadRequest, "areas", "Service area “411103” does not exist or is outside your area"),
            await Post(new { name = "甲", contact = "x", categories = new[] { "0201" }, areas = new[] { RequestsFixture.OtherDistrict } }, "?culture=en"));
        var (status, field, detail) = await Post(new { name = "甲", contact = "x", categories = new[] { "0201" }, areas = new[] { RequestsFixture.Binxi }, prices = new[] { new { item = "开锁", unit = "次", priceYuan = -1m } } });
        Assert.Equal((HttpStatusCode.BadRequest, "prices"), (status, field));
        Assert.StartsWith("价目表第1行", detail, StringComparison.Ordinal);

        using var worker = await app.ApiClientAsync("shequ");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/v1/service-companies", new { name = "乙", contact = "x", categories = new[] { "0201" }, areas = new[] { RequestsFixture.Binxi } })).StatusCode);

        await using var scope = app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceCompanies.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACompanyServingTwoDistricts_IsChangedOnlyByTheCity_AndTwoEditsCannotBothWin(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var bureau = await app.ApiClientAsync("minzheng");
        using var street = await app.ApiClientAsync("jiedao");
        object Body(int version, decimal price, params string[] areas) =>
            new { name = "全城开锁（示例）", contact = "0395-1111111", categories = new[] { "0201" }, areas, prices = new[] { new { item = "开锁", unit = "次", priceYuan = price } }, active = true, version };
        var id = await RegisterAsync(bureau, Body(0, 50m, RequestsFixture.LaojieStreet, RequestsFixture.OtherDistrict));

        // 老街街道 sees the company (it serves the street) but may not cut the other district out of it.
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PutAsJsonAsync($"/api/v1/service-companies/{id}", Body(0, 50m, RequestsFixture.LaojieStreet))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsJsonAsync($"/api/v1/service-companies/{id}/users", new { userName = "kaisuo", displayName = "开锁", password = "Company2026" })).StatusCode);

        // Two edits from the same version that change only the price list: the second is refused.
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/v1/service-companies/{id}", Body(0, 60m, RequestsFixture.LaojieStreet, RequestsFixture.OtherDistrict))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PutAsJsonAsync($"/api/v1/service-companies/{id}", Body(0, 70m, RequestsFixture.LaojieStreet, RequestsFixture.OtherDistrict))).StatusCode);

        await using var scope = app.Scope();
        var company = await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceCompanies.Include(c => c.Areas).Include(c => c.Prices).SingleAsync(c => c.Id == id);
        Assert.Equal(2, company.Areas.Count);
        Assert.Equal(6000, Assert.Single(company.Prices).PriceFen);
    }
}
