using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linli.Core.Features.Requests;

/// <summary>Runs <see cref="SweepDeadlines"/> every Requests:SweepSeconds in the web host (not in the CLI).</summary>
public sealed class DeadlineSweeper(IServiceScopeFactory scopes, RequestOptions options, TimeProvider clock, ILogger<DeadlineSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.SweepSeconds)), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<SweepDeadlines>().RunAsync(stoppingToken);
                if (outcome.Warned + outcome.Overdue > 0)
                {
                    logger.LogInformation("Deadline sweep: {Warned} warned, {Overdue} overdue, {Escalated} escalated", outcome.Warned, outcome.Overdue, outcome.Escalated);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Counts and types only: no request text or phone in logs.
                logger.LogError("Deadline sweep failed with {ExceptionType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
