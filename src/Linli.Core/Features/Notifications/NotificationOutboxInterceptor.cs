using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// Writes outbox rows in the same SaveChanges as the status change: for every new request
/// transition that reaches a notified status (<see cref="NotificationMessages.Events"/>) on a request
/// whose resident opted in, one row per configured channel (email only when the request has an
/// email). Same SaveChanges, same transaction: a row exists if and only if the transition committed,
/// and no request use case needs to know about notifications.
/// </summary>
public sealed class NotificationOutboxInterceptor(NotificationOptions options, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddOutboxRows(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddOutboxRows(eventData.Context);
        return result;
    }

    private void AddOutboxRows(DbContext? context)
    {
        if (context is null || !(options.Smtp.Configured || options.Webhook.Configured))
        {
            return;
        }
        var added = context.ChangeTracker.Entries<RequestTransition>()
            .Where(e => e.State == EntityState.Added && NotificationMessages.IsEvent(e.Entity.To))
            .Select(e => e.Entity)
            .ToList();
        if (added.Count == 0)
        {
            return;
        }
        // Transitions have no navigation to their request; the tracked request lists them in History.
        var requests = context.ChangeTracker.Entries<ServiceRequest>().Select(e => e.Entity).Where(r => r.NotifyOptIn && !r.IsDemo).ToList();
        // A SaveChanges that failed and is tried again still tracks the rows it added the first time.
        var pending = context.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added)
            .Select(e => (e.Entity.Request, e.Entity.Event)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var transition in added)
        {
            if (requests.FirstOrDefault(r => r.History.Contains(transition)) is not { } request)
            {
                continue;
            }
            if (pending.Contains((request, transition.To)))
            {
                continue;
            }
            if (options.Smtp.Configured && request.EmailCipher is not null)
            {
                var (subject, body) = NotificationMessages.Email(request.TrackingNumber, transition.To, transition.At, request.NotifyLanguage);
                context.Add(Row(request, transition, NotificationChannel.Email, subject, body, now));
            }
            if (options.Webhook.Configured)
            {
                var body = NotificationMessages.WebhookJson(request.TrackingNumber, transition.To, transition.At, request.AssignedPath ?? request.Path);
                context.Add(Row(request, transition, NotificationChannel.Webhook, $"{request.TrackingNumber} {transition.To}", body, now));
            }
        }
    }

    private static Notification Row(ServiceRequest request, RequestTransition transition, NotificationChannel channel, string subject, string body, DateTime now) => new()
    {
        Request = request,
        Path = request.Path,
        TrackingNumber = request.TrackingNumber,
        Event = transition.To,
        Channel = channel,
        RecipientCipher = channel == NotificationChannel.Email ? request.EmailCipher : null,
        RecipientMasked = channel == NotificationChannel.Email ? request.EmailMasked : null,
        Language = request.NotifyLanguage ?? "zh",
        Subject = subject,
        Body = body,
        NextAttemptAt = now,
        CreatedAt = now,
    };
}
