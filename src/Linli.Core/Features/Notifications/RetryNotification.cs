using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// "Retry now" for a failed or dead row: due at once, picked up by the next dispatch pass. A dead
/// row gets one more attempt (it goes dead again if that fails), so a person decides each retry.
/// </summary>
public sealed class RetryNotification(LinliDb db, TimeProvider clock)
{
    public async Task<Result<Notification>> HandleAsync(Caller caller, long id, CancellationToken ct = default)
    {
        if (!NotificationAccess.MayManage(caller.Role))
        {
            return NotificationAccess.Forbidden;
        }
        var row = await db.Notifications.VisibleTo(caller).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (row is null)
        {
            return NotificationAccess.NotFound;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Notifications
            .Where(n => n.Id == id && (n.Status == NotificationStatus.Failed || n.Status == NotificationStatus.Dead))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Pending).SetProperty(n => n.NextAttemptAt, now), ct);
        if (updated == 0)
        {
            return Failure.Conflict($"该通知当前为“{NotificationNames.Of(row.Status).Zh}”，只有失败或已放弃的通知可以重发",
                $"This notification is “{NotificationNames.Of(row.Status).En}”; only failed or dead ones can be retried");
        }
        (row.Status, row.NextAttemptAt) = (NotificationStatus.Pending, now);
        return row;
    }
}
