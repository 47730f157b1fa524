using Linli.Core.Features.Audit;
using Linli.Features.Accounts;
using Linli.Features.Api;

namespace Linli.Features.Audit;

public static class AuditEndpoints
{
    /// <summary>GET /api/v1/audit: the audit log in the caller's subtree, newest first (before = Id for the next page).</summary>
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/audit", async (CurrentCaller current, AuditLogQuery query, string? action, string? actor, DateOnly? from, DateOnly? to, string? entityType, string? entityId, long? before, int? pageSize, CancellationToken ct) =>
            ApiResults.From(
                await query.HandleAsync(current.Value!, new(action, actor, from, to, entityType, entityId, before, pageSize ?? 50), ct),
                page => Results.Ok(new
                {
                    entries = page.Entries.Select(e => new { e.Id, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.OrgPath, e.Summary, e.Purpose, e.Before, e.After }),
                    nextBefore = page.NextBeforeId,
                })))
        .WithTags("Audit")
        .WithSummary("审计日志 / audit log");
}
