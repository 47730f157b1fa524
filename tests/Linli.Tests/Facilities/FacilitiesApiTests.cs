using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Facilities;

/// <summary>The figures and room endpoints over HTTP: Chinese problems for bad input, 404 outside the caller's area.</summary>
public class FacilitiesApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_ReturnTheStandardsUsed_AndAnotherDistrictGets404(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await FacilitiesFixture.SeedAsync(app.Services);
        var bureau = await app.ApiClientAsync("minzheng");

        var figures = await bureau.GetFromJsonAsync<JsonElement>("/api/v1/facilities/figures?unit=4111&year=2025&bands=500,1000");
        var total = figures.GetProperty("total");
        Assert.Equal(1650m, total.GetProperty("areaTotal").GetDecimal());
        Assert.Equal(3, total.GetProperty("bands").GetArrayLength());
        Assert.Contains(total.GetProperty("standards").EnumerateArray(), s => s.GetProperty("key").GetString() == "facility_m2_per_100_households");
        foreach (var path in new[] { "/api/v1/facilities/estates", "/api/v1/funding", "/api/v1/pay", "/api/v1/social-orgs/figures", "/api/v1/committees" })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync($"{path}?unit=4111&year=2025")).StatusCode);
        }
        var badBands = await bureau.GetAsync("/api/v1/facilities/figures?unit=4111&bands=abc");
        Assert.Equal(HttpStatusCode.BadRequest, badBands.StatusCode);
        Assert.Contains("面积分档", await badBands.Content.ReadAsStringAsync());

        var street = await app.ApiClientAsync("jiedao"); // 源汇区老街街道
        Assert.Equal(HttpStatusCode.NotFound, (await street.GetAsync("/api/v1/facilities/figures?unit=411103&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await street.GetAsync("/api/v1/funding?unit=4111&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await street.GetAsync("/api/v1/facilities/export?unit=411103")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rooms_CreateEditDelete_BadJsonAndBadFieldsAnswerInChinese(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var worker = await app.ApiClientAsync("shequ");

        var created = await worker.PostAsJsonAsync("/api/v1/facilities/rooms", new { communityCode = "411102001001", name = "党群服务中心", area = 400, tenure = "自建", functionRooms = "警务室、调解室" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var room = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = room.GetProperty("id").GetInt64();

        var bad = await worker.PostAsJsonAsync("/api/v1/facilities/rooms", new { communityCode = "411102001001", name = "活动室", area = -1, tenure = "公租" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("产权方式应为", await bad.Content.ReadAsStringAsync());
        var badJson = await worker.PostAsync("/api/v1/facilities/rooms", new StringContent("{\"area\": \"many\"", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        var outside = await worker.PostAsJsonAsync("/api/v1/facilities/rooms", new { communityCode = "411103001001", name = "x", area = 10, tenure = "租用" });
        Assert.Contains("不在您的管辖范围内", await outside.Content.ReadAsStringAsync());

        var edited = await worker.PutAsJsonAsync($"/api/v1/facilities/rooms/{id}", new { communityCode = "411102001001", name = "党群服务中心", area = 450, tenure = "租用", version = room.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var stale = await worker.PutAsJsonAsync($"/api/v1/facilities/rooms/{id}", new { communityCode = "411102001001", name = "党群服务中心", area = 460, tenure = "租用", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var department = await app.ApiClientAsync("bumen");
        Assert.Equal(HttpStatusCode.Forbidden, (await department.DeleteAsync($"/api/v1/facilities/rooms/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.DeleteAsync($"/api/v1/facilities/rooms/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.DeleteAsync($"/api/v1/facilities/rooms/{id}")).StatusCode);
    }
}
