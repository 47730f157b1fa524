using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linli.Tests.Notifications;

/// <summary>
/// A real Kestrel endpoint that receives Linli's webhook as a partner system would: it recomputes
/// the HMAC from the raw body and refuses a bad signature with 401. It answers 500 to the first
/// <see cref="FailFirst"/> deliveries, to drive the retry path.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "test-webhook-secret-2026";

    private readonly WebApplication _app;
    private int _calls;

    public sealed record Delivery(string DeliveryId, string Timestamp, string Body, bool SignatureValid);

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";
    public int FailFirst { get; set; }

    /// <summary>How long each delivery takes to answer: makes dispatchers overlap in time.</summary>
    public TimeSpan Delay { get; set; }
    public ConcurrentQueue<Delivery> Accepted { get; } = new();
    public int Calls => _calls;

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app) { FailFirst = failFirst };
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            if (receiver.Delay > TimeSpan.Zero)
            {
                await Task.Delay(receiver.Delay);
            }
            var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
            var timestamp = request.Headers["X-Linli-Timestamp"].ToString();
            var signature = request.Headers["X-Linli-Signature"].ToString();
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
            var valid = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expected));
            if (!valid)
            {
                return Results.StatusCode(401);
            }
            if (Interlocked.Increment(ref receiver._calls) <= receiver.FailFirst)
            {
                return Results.StatusCode(500);
            }
            receiver.Accepted.Enqueue(new(request.Headers["X-Linli-Delivery"].ToString(), timestamp, body, valid));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
