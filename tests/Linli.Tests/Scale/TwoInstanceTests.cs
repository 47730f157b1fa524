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

        using var admin = _b.Client();
        var token = await admin.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = DemoAccounts.Password });
        admin.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
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
        A = await LinliProcess.StartAsync(NewDataFolder(), Database.Settings, key);
        // B writes JSON logs, as behind a log shipper.
        B = await LinliProcess.StartAsync(NewDataFolder(), new Dictionary<string, string?>(Database.Settings) { ["Logging:Format"] = "json" }, key);
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
