using System.Globalization;
using Linli.Core.Data;
using Linli.Core.Features.Import;
using Linli.Core.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Operations;

/// <summary>One gauge for /metrics: a name, its help line and one value per label set ("" = no labels).</summary>
public sealed record Gauge(string Name, string Help, IReadOnlyList<(string Labels, double Value)> Samples)
{
    public static Gauge Of(string name, string help, double value) => new(name, help, [("", value)]);
}

/// <summary>
/// The work waiting in the database: import jobs (排队/处理中, with each running job's progress)
/// and the notification outbox by state. These rows are shared by every instance, so every
/// instance reports the same numbers; a scraper takes the max over instances, not the sum.
/// </summary>
public static class QueueGauges
{
    public static async Task<IReadOnlyList<Gauge>> ReadAsync(LinliDb db, TimeProvider clock, CancellationToken ct)
    {
        var openJobs = await db.ImportJobs.AsNoTracking()
            .Where(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running)
            .Select(j => new { j.Id, j.Status, j.Progress, j.CreatedAt })
            .ToListAsync(ct);
        var queued = openJobs.Where(j => j.Status == ImportJobStatus.Queued).ToList();
        var running = openJobs.Where(j => j.Status == ImportJobStatus.Running).OrderBy(j => j.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var oldestQueued = queued.Count == 0 ? 0 : Math.Max(0, (now - queued.Min(j => j.CreatedAt)).TotalSeconds);

        var undelivered = new[] { NotificationStatus.Pending, NotificationStatus.Sending, NotificationStatus.Failed, NotificationStatus.Dead };
        var outbox = await db.Notifications.AsNoTracking()
            .Where(n => undelivered.Contains(n.Status))
            .GroupBy(n => n.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);

        return
        [
            new("linli_import_jobs", "Resident import jobs waiting or in progress.",
            [
                ("status=\"queued\"", queued.Count),
                ("status=\"running\"", running.Count),
            ]),
            Gauge.Of("linli_import_oldest_queued_seconds", "Age of the oldest queued import job (0 when none waits).", Math.Round(oldestQueued, 1)),
            new("linli_import_job_progress_percent", "Progress of each running import job.",
                [.. running.Select(j => ($"job=\"{j.Id.ToString(CultureInfo.InvariantCulture)}\"", (double)j.Progress))]),
            new("linli_notifications", "Notification outbox rows not yet delivered, by state.",
                [.. undelivered.Select(s => ($"status=\"{s.ToString().ToLowerInvariant()}\"", (double)outbox.GetValueOrDefault(s)))]),
        ];
    }
}
