namespace Linli.Core.Features.Notifications;

/// <summary>
/// One way of delivering an outbox row. Register an implementation in
/// <see cref="NotificationServices"/> and it is used for rows of its <see cref="Channel"/>;
/// docs/notifications.md explains how to add SMS or WeChat.
/// </summary>
public interface INotificationChannel
{
    NotificationChannel Channel { get; }

    /// <summary>Delivers the message; <paramref name="recipient"/> is the decrypted address (null for the webhook).</summary>
    Task<SendOutcome> SendAsync(Notification notification, string? recipient, CancellationToken ct);
}

/// <summary>Error is a short technical reason for the admin page (status codes, SMTP replies): never personal data.</summary>
public sealed record SendOutcome(bool Delivered, string? Error = null)
{
    public static readonly SendOutcome Ok = new(true);

    public static SendOutcome Failed(string error) => new(false, error);
}
