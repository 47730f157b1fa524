using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// Runs <see cref="DispatchNotifications"/> every Notifications:DispatchSeconds in the web host
/// (0 turns it off for this instance). Every instance may run it: claims keep each row to one.
/// </summary>
public sealed class NotificationDispatcher(IServiceScopeFactory scopes, NotificationOptions options, TimeProvider clock, ILogger<NotificationDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.DispatchSeconds <= 0 || !(options.Smtp.Configured || options.Webhook.Configured))
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.DispatchSeconds), clock);
        do
        {
            try
            {
                DispatchOutcome outcome;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    outcome = await scope.ServiceProvider.GetRequiredService<DispatchNotifications>().RunOnceAsync(stoppingToken);
                }
                while (outcome.Claimed >= options.BatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("Notification dispatch failed with {ExceptionType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
