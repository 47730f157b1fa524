using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// A real `linli serve` process (the built Linli.dll next to the tests) on a free loopback port,
/// for tests that need separate processes: several instances on one PostgreSQL.
/// Its console output is kept for assertions and for the failure message.
/// </summary>
public sealed class LinliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LinliProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    public string BaseUrl { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<LinliProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?> settings, string dataKey, bool demo = true)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Linli.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", dataDirectory })
        {
            info.ArgumentList.Add(arg);
        }
        if (!demo)
        {
            info.ArgumentList.Add("--no-demo");
        }
        foreach (var (key, value) in settings)
        {
            info.Environment["LINLI_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        info.Environment["LINLI_DATA_KEY"] = dataKey;
        info.Environment["DOTNET_NOLOGO"] = "1";

        var linli = new LinliProcess(Process.Start(info)!, $"http://127.0.0.1:{port}");
        linli._process.BeginOutputReadLine();
        linli._process.BeginErrorReadLine();
        await linli.WaitUntilHealthyAsync(TimeSpan.FromSeconds(180));
        return linli;
    }

    /// <summary>An HTTP client with its own cookie jar, or sharing <paramref name="cookies"/> with another instance's client.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>An HTTP client carrying a bearer token for the account, as <see cref="TestApp.ApiClientAsync"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName, string password = Core.Features.Demo.DemoAccounts.Password)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"linli serve exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"linli serve did not become healthy within {limit.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
