using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// Deletes a routing rule of the caller's area. Rules are configuration, not records: requests keep
/// the routing reason in their history, so nothing refers to a deleted rule.
/// </summary>
public sealed class DeleteRoutingRule(LinliDb db)
{
    public async Task<Result<RoutingRule>> HandleAsync(Caller caller, long id, int? version, CancellationToken ct = default)
    {
        if (!RoutingRuleQueries.MayManage(caller.Role))
        {
            return RoutingRuleQueries.MayNotManage;
        }
        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null || !caller.CanSee(rule.PathPrefix))
        {
            return RoutingRuleQueries.NotFound;
        }
        if (version is { } v && v != rule.Version)
        {
            return Failure.ConcurrentEdit;
        }
        db.RoutingRules.Remove(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }
}
