using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// Configuration section <c>Notifications</c>. A channel is offered only when configured:
/// email when Smtp:Host and Smtp:From are set, the webhook when Webhook:Url and Webhook:Secret are.
/// Backoff is the wait before each retry, in minutes ("1,5,30,120,720"); after MaxAttempts
/// failed attempts a row is dead.
/// </summary>
public sealed record NotificationOptions(
    SmtpOptions Smtp,
    WebhookOptions Webhook,
    int DispatchSeconds = NotificationOptions.DefaultDispatchSeconds,
    int BatchSize = 50,
    int MaxAttempts = 6,
    int LeaseSeconds = 120,
    IReadOnlyList<TimeSpan>? Backoff = null)
{
    public const int DefaultDispatchSeconds = 15;
    public const string DefaultBackoff = "1,5,30,120,720";

    public IReadOnlyList<TimeSpan> RetryDelays { get; } = Backoff ?? ParseBackoff(DefaultBackoff);

    public bool Offers(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => Smtp.Configured,
        NotificationChannel.Webhook => Webhook.Configured,
        _ => false,
    };

    /// <summary>Wait after the n-th failed attempt (1-based); the last delay repeats.</summary>
    public TimeSpan DelayAfter(int attempts) => RetryDelays[Math.Clamp(attempts - 1, 0, RetryDelays.Count - 1)];

    public static NotificationOptions From(IConfiguration config)
    {
        var section = config.GetSection("Notifications");
        return new(
            new SmtpOptions(section["Smtp:Host"], section.GetValue("Smtp:Port", 25), section["Smtp:From"], section["Smtp:UserName"], section["Smtp:Password"],
                section["Smtp:Security"] ?? "Auto", section.GetValue("Smtp:TimeoutSeconds", 30)),
            new WebhookOptions(section["Webhook:Url"], section["Webhook:Secret"], section.GetValue("Webhook:TimeoutSeconds", 10)),
            section.GetValue("DispatchSeconds", DefaultDispatchSeconds),
            section.GetValue("BatchSize", 50),
            section.GetValue("MaxAttempts", 6),
            section.GetValue("LeaseSeconds", 120),
            ParseBackoff(section["BackoffMinutes"] ?? DefaultBackoff));
    }

    public static IReadOnlyList<TimeSpan> ParseBackoff(string text)
    {
        var delays = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m >= 0 ? TimeSpan.FromMinutes(m)
                : throw new InvalidOperationException($"Notifications:BackoffMinutes: \"{p}\" is not a number of minutes."))
            .ToList();
        return delays.Count > 0 ? delays : throw new InvalidOperationException("Notifications:BackoffMinutes is empty.");
    }
}

/// <summary>Security: Auto (STARTTLS when offered), None, StartTls or SslOnConnect.</summary>
public sealed record SmtpOptions(string? Host, int Port, string? From, string? UserName, string? Password, string Security, int TimeoutSeconds)
{
    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

public sealed record WebhookOptions(string? Url, string? Secret, int TimeoutSeconds)
{
    public bool Configured => Uri.TryCreate(Url, UriKind.Absolute, out _) && !string.IsNullOrEmpty(Secret);
}
