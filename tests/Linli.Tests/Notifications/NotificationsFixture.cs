using Linli.Core.Data;
using Linli.Core.Features.Notifications;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Notifications;

/// <summary>A demo app whose outbox goes to an in-test SMTP sink and webhook receiver; the background dispatcher is off so tests run passes themselves.</summary>
public static class NotificationsFixture
{
    public const string Email = "wang.li@example.com";
    public const string Phone = "13912345678";

    public static Dictionary<string, string?> Settings(SmtpSink? smtp, WebhookReceiver? webhook, int maxAttempts = 6) => new()
    {
        ["Notifications:DispatchSeconds"] = "0",
        ["Notifications:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:Host"] = smtp is null ? null : "127.0.0.1",
        ["Notifications:Smtp:Port"] = smtp?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:From"] = smtp is null ? null : "linli@example.org",
        ["Notifications:Smtp:Security"] = "None",
        ["Notifications:Webhook:Url"] = webhook?.Url,
        ["Notifications:Webhook:Secret"] = webhook is null ? null : WebhookReceiver.Secret,
    };

    /// <summary>One dispatch pass with the app's services and the given clock.</summary>
    public static async Task<DispatchOutcome> DispatchAsync(TestApp app, TimeProvider clock)
    {
        await using var scope = app.Scope();
        return await ActivatorUtilities.CreateInstance<DispatchNotifications>(scope.ServiceProvider, clock).RunOnceAsync();
    }

    public static async Task<List<Notification>> RowsAsync(TestApp app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinliDb>().Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
    }
}
