using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Linli.Core.Features.Demo;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Scale;

/// <summary>
/// Two `linli serve` processes on different ports against one PostgreSQL, as behind a load
/// balancer: sign-ins and changes made through one are honoured and seen through the other.
/// </summary>
public sealed partial class TwoInstanceTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private readonly LinliProcess _a = instances.A;
    private readonly LinliProcess _b = instances.B;

    [Fact]
    public async Task TokenIssuedByOneInstance_IsAcceptedByTheOther()
    {
        using var a = _a.Client();
        var token = await a.PostAsJsonAsync("/api/v1/auth/token", new { userName = "shequ", password = DemoAccounts.Password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        using var b = _b.Client();
        b.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        var me = await b.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("411102001001", me.GetProperty("orgUnitCode").GetString());
    }

    [Fact]
    public async Task CookieSignInOnOneInstance_IsSignedInOnTheOther()
    {
        var cookies = new CookieContainer();
        using var a = _a.Client(cookies);
        var form = await a.GetStringAsync("/login");
        var fields = HiddenInputs().Matches(form).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = "jiedao";
        fields["Input.Password"] = DemoAccounts.Password;
        var signIn = await a.PostAsync("/login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The cookie is for 127.0.0.1 whatever the port, like one host name behind a load balancer.
        using var b = _b.Client(cookies);
        var home = await b.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("审计日志", await home.Content.ReadAsStringAsync());

        using var stranger = _b.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/audit")).StatusCode);
    }

    [Fact]
    public async Task ChangesThroughOneInstance_AreSeenThroughTheOther_AndSimultaneousEditsLoseNothing()
    {
        using var a = await _a.ApiClientAsync("shequ");
        using var b = await _b.ApiClientAsync("shequ");
        var household = await a.PostAsJsonAsync("/api/v1/households", new { grid = "第一网格", building = "9号楼", entrance = "2", room = "901" });
        Assert.Equal(HttpStatusCode.Created, household.StatusCode);
        var householdId = (await household.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var member = await a.PostAsJsonAsync($"/api/v1/households/{householdId}/members",
            new { name = "双实例", documentNumber = Registry.RegistryFixture.IdNumber(901, "19750505"), relationToHead = "户主" });
        Assert.Equal(HttpStatusCode.Created, member.StatusCode);
        var id = (await member.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // Registered through A, read through B.
        var seen = await b.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{id}");
        Assert.Equal("双实例", seen.GetProperty("name").GetString());
        var version = seen.GetProperty("version").GetInt32();

        // Both instances save an edit of the same version at once: one wins, the other is told.
        var edits = await Task.WhenAll(
            a.PatchAsJsonAsync($"/api/v1/residents/{id}", new { version, name = "甲实例改" }),
            b.PatchAsJsonAsync($"/api/v1/residents/{id}", new { version, name = "乙实例改" }));
        var statuses = edits.Select(e => e.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var loser = edits.Single(e => e.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("该记录已被他人修改", await loser.Content.ReadAsStringAsync());

        var winner = edits[0].StatusCode == HttpStatusCode.OK ? "甲实例改" : "乙实例改";
        Assert.Equal(winner, (await a.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{id}")).GetProperty("name").GetString());
        Assert.Equal(winner, (await b.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task StartedTogether_TheDemoCityIsSeededOnce()
    {
        using var admin = await _a.ApiClientAsync("admin");
        var log = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=demo-seed");
        Assert.Single(log.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task JsonLogs_CarryTheRequestId()
    {
        using var b = _b.Client();
        (await b.GetAsync("/healthz")).EnsureSuccessStatusCode();
        await Task.Delay(500); // the console logger writes on its own thread

        var records = _b.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var request = records.Last(r => r.GetProperty("Category").GetString() == "Linli.Requests");
        Assert.Equal("/healthz", request.GetProperty("State").GetProperty("Route").GetString());
        Assert.False(string.IsNullOrEmpty(request.GetProperty("State").GetProperty("RequestId").GetString()));
    }

    [Fact]
    public async Task SignInThroughOneInstance_IsInTheAuditLogReadThroughTheOther()
    {
        using var a = _a.Client();
        (await a.PostAsJsonAsync("/api/v1/auth/token", new { userName = "wangge", password = "wrong-password" })).Dispose();

        using var admin = await _b.ApiClientAsync("admin");
        var log = await admin.GetStringAsync("/api/v1/audit?action=sign-in-failed");

        Assert.Contains("wangge", log);
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputs();
}

/// <summary>Both instances, started once for the class: a first start seeds the demo city, the second finds it.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly List<string> _dataFolders = [];

    public TestDatabase Database { get; private set; } = null!;
    public LinliProcess A { get; private set; } = null!;
    public LinliProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // Separate data folders, as on separate machines: only the database and the key are shared.
        // Both start at once on the empty database: the demo city must be seeded once, not twice.
        var settings = new Dictionary<string, string?>(Database.Settings) { ["Demo:HouseholdsPerCommunity"] = "1" };
        var a = LinliProcess.StartAsync(NewDataFolder(), settings, key);
        // B writes JSON logs, as behind a log shipper.
        var b = LinliProcess.StartAsync(NewDataFolder(), new Dictionary<string, string?>(settings) { ["Logging:Format"] = "json" }, key);
        await Task.WhenAll(a, b);
        (A, B) = (a.Result, b.Result);
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Database.DisposeAsync();
        foreach (var folder in _dataFolders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string NewDataFolder()
    {
        var folder = Directory.CreateTempSubdirectory("linli-instance-").FullName;
        _dataFolders.Add(folder);
        return folder;
    }
}
