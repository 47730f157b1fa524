using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>A community's estates with their "四个同步" records (null where none is recorded yet), for the rooms page.</summary>
public sealed class EstateRecords(LinliDb db)
{
    public sealed record Row(long EstateId, string Name, int Households, EstateHandover? Handover);

    /// <remarks>The caller's scope was checked by the page's community lookup (<see cref="FacilityRecords"/>).</remarks>
    public async Task<IReadOnlyList<Row>> HandleAsync(string communityCode, CancellationToken ct = default)
    {
        var community = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == communityCode && o.Kind == OrgUnitKind.Community, ct);
        if (community is null)
        {
            return [];
        }
        var estates = await db.Estates.AsNoTracking().Where(e => e.CommunityId == community.Id).ToListAsync(ct);
        var handovers = await db.Set<EstateHandover>().AsNoTracking().Where(h => h.CommunityId == community.Id).ToDictionaryAsync(h => h.EstateId, ct);
        var households = await db.Households.AsNoTracking().Where(h => h.CommunityId == community.Id && h.EstateId != null)
            .GroupBy(h => h.EstateId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return estates.OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new Row(e.Id, e.Name, households.GetValueOrDefault(e.Id), handovers.GetValueOrDefault(e.Id))).ToList();
    }
}
