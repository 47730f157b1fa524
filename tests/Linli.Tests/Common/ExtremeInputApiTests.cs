using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Common;

/// <summary>Extreme or malformed query values on every list and figure endpoint answer 400 naming the field (or a result), never 500.</summary>
public class ExtremeInputApiTests
{
    private static readonly string[] Lists = ["/api/v1/requests", "/api/v1/notifications", "/api/v1/applications"];
    private static readonly string[] Periods = ["/api/v1/requests", "/api/v1/requests/rates", "/api/v1/requests/rates/export", "/api/v1/notifications", "/api/v1/audit", "/api/v1/audit/export.xlsx"];
    private static readonly string[] Years = ["/api/v1/burden", "/api/v1/burden/export", "/api/v1/gaps", "/api/v1/facilities/figures", "/api/v1/facilities/estates", "/api/v1/funding", "/api/v1/pay", "/api/v1/social-orgs/figures", "/api/v1/committees"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Endpoints_ExtremeOrMalformedQueryValues_AnswerAClearMessageNot500(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = await app.ApiClientAsync("admin");
        var failures = new List<string>();

        // field: the request must be refused naming it; null: any answer but a server error, and a refusal names some field.
        async Task CheckAsync(string url, string? field)
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            var named = response.StatusCode == HttpStatusCode.BadRequest && text.StartsWith('{')
                && JsonSerializer.Deserialize<JsonElement>(text).TryGetProperty("field", out var f) ? f.GetString() : null;
            var ok = field is not null
                ? named == field
                : (int)response.StatusCode < 500 && (response.StatusCode != HttpStatusCode.BadRequest || named is not null);
            if (!ok)
            {
                failures.Add($"{url}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
            }
        }

        foreach (var url in Lists)
        {
            await CheckAsync($"{url}?page=abc", "page");
            await CheckAsync($"{url}?pageSize=99999999999", "pageSize");
            await CheckAsync($"{url}?page=2147483647&pageSize=2147483647", null);
            await CheckAsync($"{url}?page=-2147483648", null);
        }
        foreach (var url in Periods)
        {
            await CheckAsync($"{url}?from=x", "from");
            await CheckAsync($"{url}?to=2026-13-45", "to");
            await CheckAsync($"{url}?from=0001-01-01&to=9999-12-31", null);
            await CheckAsync($"{url}?from=9999-12-31&to=9999-12-31", null);
        }
        foreach (var url in Years)
        {
            await CheckAsync($"{url}?year=abc", "year");
            await CheckAsync($"{url}?year=9999", null);
            await CheckAsync($"{url}?year=2147483647", null);
            await CheckAsync($"{url}?year=-5", null);
        }
        await CheckAsync("/api/v1/audit?before=abc", "before");
        await CheckAsync("/api/v1/audit?pageSize=99999999999", "pageSize");
        await CheckAsync("/api/v1/audit?pageSize=2147483647&before=-9223372036854775808", null);
        await CheckAsync("/api/v1/standards?date=0001-01-01", null);
        await CheckAsync("/api/v1/standards?date=9999-12-31", null);
        await CheckAsync("/api/v1/standards?date=x", "date");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AdmissionRequest_DatesAtTheEndsOfTheCalendar_AreCheckedNot500(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var department = await app.ApiClientAsync("bumen");
        async Task<HttpResponseMessage> FileAsync(string start, string end) => await department.PostAsJsonAsync("/api/v1/admission/requests", new
        {
            kind = "工作任务", title = "老年人防诈骗宣传", content = "每季度在社区开展一次防诈骗宣传，宣传材料由部门提供。", targetUnitCode = "411102001",
            communityCodes = new[] { "411102001001" }, frequency = "每季度一次", timesPerYear = 4, startDate = start, endDate = end,
            hoursPerCommunity = 6, peopleProvided = 1, fundsAmount = 3000, authority = "",
        });

        var tooLong = await FileAsync("9990-01-01", "9999-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("endDate", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("9998-01-01", "9999-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("0001-01-01", "0001-12-31")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestList_PageAbc_Answers400NamingPageInChineseOrEnglish(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = await app.ApiClientAsync("rexian");

        var zh = await client.GetAsync("/api/v1/requests?page=abc");
        var en = await client.GetAsync("/api/v1/requests?from=x&culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        var problem = await zh.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("page", problem.GetProperty("field").GetString());
        Assert.Equal("参数 page 的值“abc”格式不正确（应为整数）", problem.GetProperty("detail").GetString());
        Assert.Contains("a date such as", (await en.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
