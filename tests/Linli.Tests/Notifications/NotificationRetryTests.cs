using System.Net.Http.Json;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Notifications;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Notifications;

public class NotificationRetryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Webhook_500IsRetriedOnTheBackoffSchedule_DeadAfterMaxAttempts_RetryNowSendsAgain(string provider)
    {
        await using var hook = await WebhookReceiver.StartAsync(failFirst: 1);
        await using var app = await TestApp.StartAsync(provider, settings: NotificationsFixture.Settings(smtp: null, hook, maxAttempts: 3));
        using var hotline = await app.ApiClientAsync("rexian");
        using var community = await app.ApiClientAsync("shequ");
        var id = (await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "电梯停运，老人被困家中",
            phone = NotificationsFixture.Phone, email = NotificationsFixture.Email, notifyOptIn = true, route = true,
        })).GetProperty("id").GetInt64();
        await RequestsFixture.MoveAsync(community, id, "accept");

        // Email is not configured: only the webhook row exists.
        var row = Assert.Single(await NotificationsFixture.RowsAsync(app));
        Assert.Equal(NotificationChannel.Webhook, row.Channel);
        var clock = new FixedClock(DateTime.UtcNow.AddSeconds(1));

        Assert.Equal(new DispatchOutcome(1, 0, 1, 0), await NotificationsFixture.DispatchAsync(app, clock));
        row = Assert.Single(await NotificationsFixture.RowsAsync(app));
        Assert.Equal((NotificationStatus.Failed, 1, "HTTP 500"), (row.Status, row.Attempts, row.LastError));
        AssertClose(clock.UtcNow.AddMinutes(1), row.NextAttemptAt);

        clock.UtcNow = clock.UtcNow.AddSeconds(30); // not due yet
        Assert.Equal(0, (await NotificationsFixture.DispatchAsync(app, clock)).Claimed);
        clock.UtcNow = clock.UtcNow.AddSeconds(31);
        Assert.Equal(new DispatchOutcome(1, 1, 0, 0), await NotificationsFixture.DispatchAsync(app, clock));
        row = Assert.Single(await NotificationsFixture.RowsAsync(app));
        Assert.Equal((NotificationStatus.Sent, 2), (row.Status, row.Attempts));
        Assert.NotNull(row.SentAt);
        Assert.Single(hook.Accepted);

        // The receiver keeps failing: waits of 1 and 5 minutes, then dead after the third attempt.
        hook.FailFirst = 1000;
        await RequestsFixture.MoveAsync(community, id, "start");
        await RequestsFixture.MoveAsync(community, id, "resolve", note: "已修复");
        var resolvedId = (await NotificationsFixture.RowsAsync(app)).Single(n => n.Event == RequestStatus.Resolved).Id;
        clock.UtcNow = DateTime.UtcNow.AddSeconds(1);
        foreach (var wait in new[] { 1, 5 })
        {
            await NotificationsFixture.DispatchAsync(app, clock);
            var failed = (await NotificationsFixture.RowsAsync(app)).Single(n => n.Id == resolvedId);
            Assert.Equal(NotificationStatus.Failed, failed.Status);
            AssertClose(clock.UtcNow.AddMinutes(wait), failed.NextAttemptAt);
            clock.UtcNow = failed.NextAttemptAt;
        }
        Assert.Equal(new DispatchOutcome(1, 0, 0, 1), await NotificationsFixture.DispatchAsync(app, clock));
        var dead = (await NotificationsFixture.RowsAsync(app)).Single(n => n.Id == resolvedId);
        Assert.Equal((NotificationStatus.Dead, 3, "HTTP 500"), (dead.Status, dead.Attempts, dead.LastError));
        clock.UtcNow = clock.UtcNow.AddDays(1);
        Assert.Equal(0, (await NotificationsFixture.DispatchAsync(app, clock)).Claimed);

        // A person sends it again; the receiver is back.
        hook.FailFirst = 0;
        using var admin = await app.ApiClientAsync("minzheng");
        var retried = await admin.PostAsync($"/api/v1/notifications/{resolvedId}/retry", null);
        Assert.True(retried.IsSuccessStatusCode, await retried.Content.ReadAsStringAsync());
        Assert.Equal(new DispatchOutcome(1, 1, 0, 0), await NotificationsFixture.DispatchAsync(app, clock));
        var sent = (await NotificationsFixture.RowsAsync(app)).Single(n => n.Id == resolvedId);
        Assert.Equal((NotificationStatus.Sent, 4), (sent.Status, sent.Attempts));
        Assert.Equal(2, hook.Accepted.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RolledBackTransition_LeavesNoOutboxRow(string provider)
    {
        await using var hook = await WebhookReceiver.StartAsync();
        await using var app = await TestApp.StartAsync(provider, settings: NotificationsFixture.Settings(smtp: null, hook));
        using var hotline = await app.ApiClientAsync("rexian");
        var id = (await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "电梯停运，老人被困家中",
            phone = NotificationsFixture.Phone, notifyOptIn = true, route = true,
        })).GetProperty("id").GetInt64();

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var unit = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == RequestsFixture.Binxi);
            var caller = new Caller("test-shequ", "测试社区", Role.CommunityWorker, unit.Id, new OrgPath(unit.Path));
            var version = await db.ServiceRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            var accepted = await scope.ServiceProvider.GetRequiredService<TransitionRequest>().HandleAsync(caller, new(id, RequestAction.Accept, version));
            Assert.True(accepted.Ok, accepted.Failure?.Message.Zh);
            Assert.Equal(1, await db.Notifications.CountAsync()); // written with the transition, inside its transaction
            await tx.RollbackAsync();
        }

        Assert.Empty(await NotificationsFixture.RowsAsync(app));
        Assert.Equal("Routed", (await RequestsFixture.GetAsync(hotline, id)).GetProperty("status").GetString());
    }

    private static void AssertClose(DateTime expected, DateTime actual) =>
        Assert.InRange((actual - expected).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(5));
}
