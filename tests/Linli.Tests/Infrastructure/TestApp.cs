using System.Net;
using System.Net.Http.Json;
using Linli.Core.Common;
using Linli.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// The real Linli web app on a free loopback port (Kestrel, not a test server), on a fresh
/// database, with or without the demo city. Browser tests point Chromium at <see cref="BaseUrl"/>.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(TestDatabase database, WebApplication app, string baseUrl) => (Database, App, BaseUrl) = (database, app, baseUrl);

    public TestDatabase Database { get; }
    public WebApplication App { get; }
    public string BaseUrl { get; }

    /// <summary>Everything the app logged, after its own log filters.</summary>
    public LogCapture Logs { get; private init; } = null!;
    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Starts the app; with <paramref name="demo"/> it loads the demo city's divisions and accounts.
    /// Generated demo households stay off (0) unless a test asks for some: a city of them costs seconds.
    /// </summary>
    public static async Task<TestApp> StartAsync(string provider = TestDatabase.Sqlite, bool demo = true, int demoHouseholdsPerCommunity = 0,
        IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var logs = new LogCapture();
        WebApplication? app = null;
        try
        {
            app = await LinliWebApp.CreateAsync(
                new LinliWebApp.Options("http://127.0.0.1:0", new LinliPaths(database.DataDirectory, LinliPaths.FindHome()), demo),
                builder =>
                {
                    builder.Configuration.AddInMemoryCollection(database.Settings);
                    builder.Configuration.AddInMemoryCollection([new("Demo:HouseholdsPerCommunity", demoHouseholdsPerCommunity.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
                    if (settings is not null)
                    {
                        builder.Configuration.AddInMemoryCollection(settings);
                    }
                    builder.Logging.AddProvider(logs);
                });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new TestApp(database, app, address.TrimEnd('/')) { Logs = logs };
        }
        catch
        {
            // A failed start leaves no temporary data folder or PostgreSQL database behind.
            if (app is not null)
            {
                await app.DisposeAsync();
            }
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>An HTTP client with its own cookie jar, not signed in.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>An HTTP client carrying a bearer token for the account.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName, string password = Core.Features.Demo.DemoAccounts.Password)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);

    public AsyncServiceScope Scope() => App.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
