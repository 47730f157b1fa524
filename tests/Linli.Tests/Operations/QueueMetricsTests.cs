using Linli.Core.Data;
using Linli.Core.Features.Import;
using Linli.Core.Features.Notifications;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Linli.Tests.Notifications;
using Linli.Tests.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Operations;

/// <summary>/metrics shows the work waiting in the database: import jobs with their progress and the notification outbox.</summary>
public sealed class QueueMetricsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Metrics_ShowImportQueueProgressAndOutbox(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, settings: NotificationsFixture.Settings(smtp: null, webhook: null));
        using var hotline = await app.ApiClientAsync("rexian");
        var requestId = (await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "楼道灯坏了，晚上看不见路", phone = NotificationsFixture.Phone,
        })).GetProperty("id").GetInt64();

        long runningId;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var request = await db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
            var now = DateTime.UtcNow;
            // Rows only: no stored upload, so no worker picks these jobs up while the test reads them.
            db.ImportJobs.Add(new ImportJob { Actor = "test", OrgPath = "41/", FileName = "waiting.csv", CreatedAt = now.AddMinutes(-3) });
            var running = new ImportJob { Actor = "test", OrgPath = "41/", FileName = "big.xlsx", Status = ImportJobStatus.Running, Progress = 42, CreatedAt = now, StartedAt = now };
            db.ImportJobs.Add(running);
            db.Notifications.Add(new Notification
            {
                RequestId = requestId, Path = request.Path, TrackingNumber = request.TrackingNumber, Event = RequestStatus.Accepted,
                Channel = NotificationChannel.Webhook, Language = "zh", Subject = "诉求已受理", Body = "您的诉求已受理", NextAttemptAt = now, CreatedAt = now,
            });
            await db.SaveChangesAsync();
            runningId = running.Id;
        }

        using var client = app.Client();
        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("linli_import_jobs{status=\"queued\"} 1\n", metrics);
        Assert.Contains("linli_import_jobs{status=\"running\"} 1\n", metrics);
        Assert.Contains($"linli_import_job_progress_percent{{job=\"{runningId}\"}} 42\n", metrics);
        Assert.Matches(@"linli_import_oldest_queued_seconds 1[5-9]\d", metrics); // about 180 s
        Assert.Contains("linli_notifications{status=\"pending\"} 1\n", metrics);
        Assert.Contains("linli_notifications{status=\"dead\"} 0\n", metrics);
        Assert.Contains("linli_database_up 1\n", metrics);
    }
}
