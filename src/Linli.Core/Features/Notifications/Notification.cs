using Linli.Core.Common;
using Linli.Core.Features.Requests;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// One message in the outbox: a status change of a request the resident opted into, for one
/// channel, rendered when the change committed (same transaction), sent later by the dispatcher.
/// Path is the request's place path, so staff see the rows of their own subtree only.
/// The recipient (an email address; none for the webhook, whose URL is configuration) is stored
/// encrypted, with a masked copy for screens. LastError never holds personal data.
/// </summary>
public sealed class Notification : IHasPath
{
    public const int ErrorMaxLength = 300;

    public long Id { get; set; }
    public long RequestId { get; set; }
    public required string Path { get; set; }
    public required string TrackingNumber { get; set; }

    /// <summary>The status the request reached (the event).</summary>
    public RequestStatus Event { get; set; }

    public NotificationChannel Channel { get; set; }
    public byte[]? RecipientCipher { get; set; }
    public string? RecipientMasked { get; set; }

    /// <summary>"zh" or "en": the language the resident used at intake.</summary>
    public required string Language { get; set; }

    public required string Subject { get; set; }
    public required string Body { get; set; }

    public NotificationStatus Status { get; set; } = NotificationStatus.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>While Sending: the claim expires then, and another dispatcher may take the row again.</summary>
    public DateTime? LeaseUntil { get; set; }

    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    public ServiceRequest? Request { get; set; }
}

/// <summary>Stored as numbers; never renumber.</summary>
public enum NotificationStatus
{
    Pending = 1, // 待发送 (also: waiting for the next retry)
    Sending = 2, // 发送中 (claimed by a dispatcher)
    Sent = 3,    // 已发送
    Failed = 4,  // 发送失败 (the last attempt failed; a retry is scheduled)
    Dead = 5,    // 已放弃 (attempts used up; only "retry now" sends it again)
}

/// <summary>Stored as numbers; never renumber. SMS and WeChat: see docs/notifications.md.</summary>
public enum NotificationChannel
{
    Email = 1,   // 电子邮件 (SMTP)
    Webhook = 2, // 接口推送 (HTTP webhook)
}

public static class NotificationNames
{
    public static Bilingual Of(NotificationStatus status) => status switch
    {
        NotificationStatus.Pending => new("待发送", "Pending"),
        NotificationStatus.Sending => new("发送中", "Sending"),
        NotificationStatus.Sent => new("已发送", "Sent"),
        NotificationStatus.Failed => new("失败待重试", "Failed, will retry"),
        NotificationStatus.Dead => new("已放弃", "Dead"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Of(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => new("电子邮件", "Email"),
        NotificationChannel.Webhook => new("接口推送", "Webhook"),
        _ => new(channel.ToString(), channel.ToString()),
    };
}
