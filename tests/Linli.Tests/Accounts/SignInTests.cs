using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Accounts;

public class SignInTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Token_ForDemoAccount_ReachesApiWithItsOrgUnit(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = await app.ApiClientAsync("shequ");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("411102001001", me.GetProperty("orgUnitCode").GetString());
        Assert.Equal("CommunityWorker", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Token_WrongPassword_Returns401ProblemInChinese()
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "shequ", password = "wrong-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_MissingUserName_NamesTheField()
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { password = "x" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("userName", problem.GetProperty("field").GetString());
        Assert.Equal("请填写用户名", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_WithoutToken_Returns401NotARedirect()
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_ReportsDatabase()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        using var client = app.Client();

        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("database").GetProperty("orgUnits").GetInt32());
    }
}
