using Linli.Core.Data;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Households and residents under any org unit. At or above a committee this sums the
/// pre-aggregated <see cref="CommunityTotals"/> (at most one row per committee of the subtree,
/// ~50,000 for a province); below a committee (grid, building) it counts the registry rows
/// directly, which are few there. Both are one indexed range query on Path.
/// </summary>
public sealed record SubtreeTotal(long Households, long Residents)
{
    public static async Task<SubtreeTotal> OfAsync(LinliDb db, OrgUnit unit, CancellationToken ct = default)
    {
        var root = unit.OrgPath;
        if (unit.Kind > OrgUnitKind.Community)
        {
            var households = await db.Households.Under(root).LongCountAsync(ct);
            var residents = await db.Residents.Under(root).Where(r => r.Status == ResidentStatus.Active).LongCountAsync(ct);
            return new SubtreeTotal(households, residents);
        }
        var sums = await db.Set<CommunityTotals>().Under(root)
            .GroupBy(_ => 1)
            .Select(g => new { Households = g.Sum(t => t.Households), Residents = g.Sum(t => t.Residents) })
            .SingleOrDefaultAsync(ct);
        return sums is null ? new SubtreeTotal(0, 0) : new SubtreeTotal(sums.Households, sums.Residents);
    }
}
