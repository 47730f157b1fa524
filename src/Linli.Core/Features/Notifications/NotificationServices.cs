using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Notifications;

public static class NotificationServices
{
    /// <summary>Both channels are registered; each is used only when its configuration is complete (see NotificationOptions).</summary>
    public static IServiceCollection AddLinliNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(NotificationOptions.From(config));
        services.AddSingleton<NotificationOutboxInterceptor>();
        services.AddHttpClient(WebhookChannel.HttpClientName);
        services.AddScoped<INotificationChannel, SmtpEmailChannel>();
        services.AddScoped<INotificationChannel, WebhookChannel>();
        services.AddScoped<DispatchNotifications>();
        services.AddScoped<NotificationList>();
        services.AddScoped<RetryNotification>();
        return services;
    }
}
