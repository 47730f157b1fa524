using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Api;

public static class HealthEndpoint
{
    /// <summary>GET /healthz: 200 with the database status when the database answers, 503 otherwise.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", async (LinliDb db, SchemaMigrator migrator, CancellationToken ct) =>
        {
            try
            {
                var version = await migrator.CurrentVersionAsync(ct);
                var units = await db.OrgUnits.CountAsync(ct);
                return Results.Ok(new { status = "ok", database = new { status = "ok", provider = db.IsPostgres ? "PostgreSQL" : "SQLite", schemaVersion = version, orgUnits = units } });
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                return Results.Json(new { status = "unavailable", database = new { status = "error", error = ex.GetType().Name } }, statusCode: 503);
            }
        }).AllowAnonymous().ExcludeFromDescription();
}
