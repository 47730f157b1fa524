using Linli.Components.Layout;
using Linli.Core.Features.Notifications;
using Linli.Features.Api;
using Linli.Features.Accounts;
using Linli.Features.Residents;

namespace Linli.Features.Notifications;

/// <summary>Issue 4's notifications in the web host: the dispatcher, the API (one line in ApiSetup) and the menu entry 通知.</summary>
public static class NotificationsWeb
{
    /// <summary>The web host sends the outbox in the background; the CLI never does.</summary>
    public static IServiceCollection AddLinliNotificationsWeb(this IServiceCollection services) =>
        services.AddHostedService<NotificationDispatcher>();

    public static readonly IReadOnlyList<MainMenu.Item> Menu =
    [
        new("/notifications", new("通知", "Notifications"), NotificationAccess.MayManage),
    ];

    public static void MapApi(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("", async (CurrentCaller current, NotificationList list, string? status, string? channel, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken ct) =>
            RegistryJson.From(await list.HandleAsync(current.Value!, new(status, channel, from, to, page ?? 1, pageSize ?? 50), ct), p => new
            {
                counts = Enum.GetValues<NotificationStatus>().ToDictionary(s => s.ToString(), s => p.Counts.GetValueOrDefault(s)),
                p.Total, p.Page, p.PageSize,
                rows = p.Rows.Select(Row),
            }))
            .WithSummary("通知发送记录（本辖区；收件人已遮蔽）/ the notifications outbox in your area, recipients masked");

        group.MapPost("/{id:long}/retry", async (long id, CurrentCaller current, RetryNotification retry, CancellationToken ct) =>
            ApiResults.From(await retry.HandleAsync(current.Value!, id, ct), n => RegistryJson.Ok(new { n.Id, status = n.Status.ToString(), n.NextAttemptAt })))
            .WithSummary("立即重发失败或已放弃的通知 / send a failed or dead notification again now");
    }

    private static object Row(NotificationRow r) => new
    {
        r.Id, r.TrackingNumber, @event = r.Event.ToString(), channel = r.Channel.ToString(), recipient = r.Recipient, r.Subject,
        status = r.Status.ToString(), statusName = NotificationNames.Of(r.Status).ToString(), r.Attempts, r.NextAttemptAt, r.LastError, r.CreatedAt, r.SentAt,
    };
}
