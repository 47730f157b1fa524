using Linli.Core.Data;

namespace Linli.Features.Operations;

/// <summary>
/// For load balancers and monitoring: GET /readyz (200 when this instance should get traffic:
/// database reachable, schema at this build's version, not shutting down; 503 otherwise) and
/// GET /metrics (Prometheus text: request counts and latencies of this instance, memory,
/// and the shared import and notification queues with each running import's progress). /healthz (liveness with database status) is in Api.
/// Neither says anything about people, so they need no sign-in; expose them on the internal
/// network only (docs/deployment.md).
/// </summary>
public static class OperationsEndpoints
{
    public static IServiceCollection AddLinliOperations(this IServiceCollection services) =>
        services.AddSingleton<RequestMetrics>();

    public static void MapLinliOperations(this WebApplication app)
    {
        app.MapGet("/readyz", async (LinliDb db, SchemaMigrator migrator, IHostApplicationLifetime lifetime, CancellationToken ct) =>
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return Results.Json(new { status = "stopping" }, statusCode: 503);
            }
            try
            {
                var current = await migrator.CurrentVersionAsync(ct);
                var expected = SchemaMigrator.LatestVersion(db.IsPostgres);
                return current == expected
                    ? Results.Ok(new { status = "ready", schemaVersion = current })
                    : Results.Json(new { status = "schema-mismatch", schemaVersion = current, expected }, statusCode: 503);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                return Results.Json(new { status = "database-unavailable", error = ex.GetType().Name }, statusCode: 503);
            }
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/metrics", async (RequestMetrics metrics, LinliDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var gauges = new List<Gauge>
            {
                Gauge.Of("linli_process_working_set_bytes", "Resident memory of this instance.", process.WorkingSet64),
                Gauge.Of("linli_gc_heap_bytes", "Managed heap size.", GC.GetTotalMemory(false)),
            };
            // A scrape must still answer when the database is down: the request figures are
            // exactly what an operator needs then, and linli_database_up says what is wrong.
            var databaseUp = 1;
            try
            {
                gauges.AddRange(await QueueGauges.ReadAsync(db, clock, ct));
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                databaseUp = 0;
            }
            gauges.Add(Gauge.Of("linli_database_up", "1 when this instance could read the database during this scrape.", databaseUp));
            return Results.Text(metrics.Render(gauges), "text/plain; version=0.0.4; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
