using Linli.Core.Data;

namespace Linli.Features.Operations;

/// <summary>
/// For load balancers and monitoring: GET /readyz (200 when this instance should get traffic:
/// database reachable, schema at this build's version, not shutting down; 503 otherwise) and
/// GET /metrics (Prometheus text). /healthz (liveness with database status) is in Api.
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

        app.MapGet("/metrics", (RequestMetrics metrics) =>
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var gauges = new List<(string, string, double)>
            {
                ("linli_process_working_set_bytes", "Resident memory of this instance.", process.WorkingSet64),
                ("linli_gc_heap_bytes", "Managed heap size.", GC.GetTotalMemory(false)),
            };
            return Results.Text(metrics.Render(gauges), "text/plain; version=0.0.4; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
