using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Notifications;

/// <summary>Filters of the outbox list; status and channel by English name, dates in China time (yyyy-MM-dd).</summary>
public sealed record NotificationFilter(string? Status = null, string? Channel = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50);

public sealed record NotificationRow(long Id, string TrackingNumber, RequestStatus Event, NotificationChannel Channel, string? Recipient, string Subject,
    NotificationStatus Status, int Attempts, DateTime NextAttemptAt, string? LastError, DateTime CreatedAt, DateTime? SentAt)
{
    public bool MayRetry => Status is NotificationStatus.Failed or NotificationStatus.Dead;
}

public sealed record NotificationPage(IReadOnlyDictionary<NotificationStatus, int> Counts, int Total, int Page, int PageSize, IReadOnlyList<NotificationRow> Rows);

/// <summary>The outbox in the caller's subtree: counts per status, and a filtered page newest first. Recipients masked.</summary>
public sealed class NotificationList(LinliDb db)
{
    public async Task<Result<NotificationPage>> HandleAsync(Caller caller, NotificationFilter filter, CancellationToken ct = default)
    {
        if (!NotificationAccess.MayManage(caller.Role))
        {
            return NotificationAccess.Forbidden;
        }
        var rows = db.Notifications.AsNoTracking().VisibleTo(caller);
        var counts = (await rows.GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (!Enum.TryParse<NotificationStatus>(filter.Status.Trim(), true, out var status) || !Enum.IsDefined(status) || int.TryParse(filter.Status, out _))
            {
                return Failure.Invalid("status", "状态应为 Pending、Sending、Sent、Failed 或 Dead", "status must be Pending, Sending, Sent, Failed or Dead");
            }
            rows = rows.Where(n => n.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Channel))
        {
            if (!Enum.TryParse<NotificationChannel>(filter.Channel.Trim(), true, out var channel) || !Enum.IsDefined(channel) || int.TryParse(filter.Channel, out _))
            {
                return Failure.Invalid("channel", "渠道应为 Email 或 Webhook", "channel must be Email or Webhook");
            }
            rows = rows.Where(n => n.Channel == channel);
        }
        if (filter.From is { } from)
        {
            var since = Common.ChinaTime.StartUtc(from);
            rows = rows.Where(n => n.CreatedAt >= since);
        }
        if (filter.To is { } to)
        {
            var until = Common.ChinaTime.EndUtc(to);
            rows = rows.Where(n => n.CreatedAt < until);
        }
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var total = await rows.CountAsync(ct);
        var list = await rows.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(Common.Paging.Skip(page, size)).Take(size)
            .Select(n => new NotificationRow(n.Id, n.TrackingNumber, n.Event, n.Channel, n.RecipientMasked, n.Subject, n.Status, n.Attempts, n.NextAttemptAt, n.LastError, n.CreatedAt, n.SentAt))
            .ToListAsync(ct);
        return new NotificationPage(counts, total, page, size, list);
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
