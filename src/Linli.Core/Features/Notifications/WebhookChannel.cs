using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// POSTs the row's JSON to the configured URL, signed so the receiver can prove it came from us
/// and is fresh: X-Linli-Timestamp (Unix seconds) and
/// X-Linli-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body)). 2xx is delivered.
/// </summary>
public sealed class WebhookChannel(NotificationOptions options, IHttpClientFactory clients, TimeProvider clock) : INotificationChannel
{
    public const string HttpClientName = "linli-webhook";

    public NotificationChannel Channel => NotificationChannel.Webhook;

    public async Task<SendOutcome> SendAsync(Notification notification, string? recipient, CancellationToken ct)
    {
        var hook = options.Webhook;
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(notification.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Linli-Timestamp", timestamp);
        request.Headers.Add("X-Linli-Signature", Signature(hook.Secret!, timestamp, notification.Body));
        request.Headers.Add("X-Linli-Delivery", notification.Id.ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, hook.TimeoutSeconds)));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? SendOutcome.Ok : SendOutcome.Failed($"HTTP {(int)response.StatusCode}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return SendOutcome.Failed($"timeout after {hook.TimeoutSeconds} s");
        }
        catch (HttpRequestException e)
        {
            return SendOutcome.Failed($"HTTP error {e.HttpRequestError}");
        }
    }

    public static string Signature(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
