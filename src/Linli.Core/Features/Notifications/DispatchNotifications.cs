using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Linli.Core.Features.Notifications;

public sealed record DispatchOutcome(int Claimed, int Sent, int Failed, int Dead);

/// <summary>
/// One pass of the outbox: claims due rows, sends each through its channel, and marks it sent, or
/// failed with the next attempt after the configured backoff, or dead after MaxAttempts.
/// </summary>
/// <remarks>
/// Sent once across instances: a row is claimed by one conditional UPDATE (due and not leased →
/// Sending, lease until now + LeaseSeconds, Attempts + 1). Two dispatchers racing for a row on
/// PostgreSQL both issue the UPDATE; the row lock makes the second wait and re-check the condition
/// after the first commits, so it matches no row. A dispatcher that dies mid-send leaves a lease
/// that expires, and the row is sent again (at least once; a crash between the send and the mark
/// is the only duplicate). SQLite serializes writers, with the same outcome.
/// </remarks>
public sealed class DispatchNotifications(LinliDb db, FieldProtector protector, NotificationOptions options, IEnumerable<INotificationChannel> channels,
    TimeProvider clock, ILogger<DispatchNotifications> logger)
{
    public async Task<DispatchOutcome> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await Due(db.Notifications.AsNoTracking(), now)
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id).Select(n => n.Id).Take(options.BatchSize).ToListAsync(ct);
        var (claimed, sent, failed, dead) = (0, 0, 0, 0);
        foreach (var id in candidates)
        {
            if (!await ClaimAsync(id, now, ct))
            {
                continue; // another dispatcher has it
            }
            claimed++;
            var row = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id, ct);
            var outcome = await SendAsync(row, ct);
            var after = clock.GetUtcNow().UtcDateTime;
            if (outcome.Delivered)
            {
                sent++;
                await MarkAsync(row, NotificationStatus.Sent, null, after, after, ct);
            }
            else if (row.Attempts >= options.MaxAttempts)
            {
                dead++;
                await MarkAsync(row, NotificationStatus.Dead, outcome.Error, after, null, ct);
            }
            else
            {
                failed++;
                await MarkAsync(row, NotificationStatus.Failed, outcome.Error, after + options.DelayAfter(row.Attempts), null, ct);
            }
        }
        if (claimed > 0)
        {
            // Counts only: recipients and message text stay out of logs.
            logger.LogInformation("Notifications: {Claimed} claimed, {Sent} sent, {Failed} to retry, {Dead} dead", claimed, sent, failed, dead);
        }
        return new(claimed, sent, failed, dead);
    }

    private static IQueryable<Notification> Due(IQueryable<Notification> rows, DateTime now) =>
        rows.Where(n => ((n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Failed) && n.NextAttemptAt <= now)
            || (n.Status == NotificationStatus.Sending && n.LeaseUntil < now));

    private async Task<bool> ClaimAsync(long id, DateTime now, CancellationToken ct)
    {
        var lease = now.AddSeconds(Math.Max(1, options.LeaseSeconds));
        var updated = await Due(db.Notifications.Where(n => n.Id == id), now).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sending)
            .SetProperty(n => n.LeaseUntil, lease)
            .SetProperty(n => n.Attempts, n => n.Attempts + 1), ct);
        return updated == 1;
    }

    private async Task<SendOutcome> SendAsync(Notification row, CancellationToken ct)
    {
        var channel = channels.FirstOrDefault(c => c.Channel == row.Channel);
        if (channel is null || !options.Offers(row.Channel))
        {
            return SendOutcome.Failed($"channel {row.Channel} is not configured");
        }
        try
        {
            var recipient = row.RecipientCipher is { } cipher ? protector.Decrypt(cipher) : null;
            return await channel.SendAsync(row, recipient, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Type only: exception messages of mail and HTTP stacks can carry the address.
            return SendOutcome.Failed($"unexpected {e.GetType().Name}");
        }
    }

    /// <summary>Only the claim we hold (same attempt, still Sending) is marked: a lease taken over meanwhile wins.</summary>
    private async Task MarkAsync(Notification row, NotificationStatus status, string? error, DateTime nextAttempt, DateTime? sentAt, CancellationToken ct)
    {
        var trimmed = error is null ? null : error[..Math.Min(error.Length, Notification.ErrorMaxLength)];
        await db.Notifications.Where(n => n.Id == row.Id && n.Status == NotificationStatus.Sending && n.Attempts == row.Attempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, status)
                .SetProperty(n => n.LastError, trimmed)
                .SetProperty(n => n.NextAttemptAt, nextAttempt)
                .SetProperty(n => n.LeaseUntil, (DateTime?)null)
                .SetProperty(n => n.SentAt, sentAt), CancellationToken.None);
    }
}
