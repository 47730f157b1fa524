using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// One node of the org tree for the browse page and GET /api/v1/org-units/{id}: the breadcrumb from
/// the caller's own unit, the children with their counts, and below a committee its estates and the
/// households attached directly to the node. A node outside the caller's subtree is "not found".
/// </summary>
public sealed class OrgNodeQuery(LinliDb db)
{
    /// <summary>Households listed on one page; the rest are counted, and reached through the registry search.</summary>
    public const int HouseholdLimit = 200;

    public sealed record Child(UnitSummary Unit, UnitCounts Counts);
    public sealed record EstateRow(long Id, string Name, int Buildings, int Households, int Residents);

    /// <summary>Room and head's name are left out (null) for roles that do not see contact fields.</summary>
    public sealed record HouseholdRow(long Id, string? Estate, string? Building, string Entrance, string? Room, string? HeadName, int Members);

    public sealed record Node(
        UnitSummary Unit,
        IReadOnlyList<UnitSummary> Breadcrumb,
        UnitCounts Totals,
        UnitCounts Direct,
        IReadOnlyList<Child> Children,
        IReadOnlyList<EstateRow> Estates,
        IReadOnlyList<HouseholdRow> Households,
        bool CanEditStructure);

    public static readonly Failure NotFound = Failure.NotFound("未找到该组织，或不在您的管辖范围内", "Org unit not found, or outside your area");

    public async Task<Result<Node>> HandleAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var unit = await FindVisibleAsync(db, caller, id, ct);
        if (unit is null)
        {
            return NotFound;
        }
        var path = new OrgPath(unit.Path);
        var children = await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == unit.Id)
            .OrderBy(o => o.Kind).ThenBy(o => o.Code)
            .Select(o => new UnitSummary(o.Id, o.Code, o.Name, o.Kind, o.Path, o.ParentId, o.Estate!.Name, o.IsDemo))
            .ToListAsync(ct);
        var units = await SubtreeCounts.ByChildAsync(db.OrgUnits.AsNoTracking(), path, ct);
        var (households, residents) = unit.Kind < OrgUnitKind.Community
            ? await SubtreeCounts.TotalsByChildAsync(db.Set<CommunityTotals>().AsNoTracking(), path, ct)
            : (await SubtreeCounts.ByChildAsync(db.Households.AsNoTracking(), path, ct),
               await SubtreeCounts.ByChildAsync(db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Active), path, ct));

        var childRows = children.Select(c => new Child(c, new UnitCounts(
            units.GetValueOrDefault(c.Path) - 1, households.GetValueOrDefault(c.Path), residents.GetValueOrDefault(c.Path)))).ToList();
        var totals = new UnitCounts(units.Values.Sum() - 1, households.Values.Sum(), residents.Values.Sum());
        var direct = new UnitCounts(0, households.GetValueOrDefault(unit.Path), residents.GetValueOrDefault(unit.Path));

        var below = unit.Kind >= OrgUnitKind.Community;
        return new Node(
            Summarize(unit),
            await BreadcrumbAsync(db, caller, path, ct),
            totals,
            direct,
            childRows,
            unit.Kind == OrgUnitKind.Community ? await EstatesAsync(unit, ct) : [],
            below && direct.Households > 0 ? await HouseholdsAsync(unit.Path, caller.Role.SeesContactFields(), ct) : [],
            caller.Role.CanEditStructure() && unit.Kind is OrgUnitKind.Community or OrgUnitKind.Grid or OrgUnitKind.Building);
    }

    public static async Task<OrgUnit?> FindVisibleAsync(LinliDb db, Caller caller, long id, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().Include(o => o.Estate).FirstOrDefaultAsync(o => o.Id == id, ct);
        return unit is not null && caller.CanSee(unit.Path) ? unit : null;
    }

    public static UnitSummary Summarize(OrgUnit o) => new(o.Id, o.Code, o.Name, o.Kind, o.Path, o.ParentId, o.Estate?.Name, o.IsDemo);

    /// <summary>The units from the caller's own unit down to the node's parent, in one query.</summary>
    public static async Task<IReadOnlyList<UnitSummary>> BreadcrumbAsync(LinliDb db, Caller caller, OrgPath path, CancellationToken ct)
    {
        var ancestors = new List<string>();
        for (var end = path.Value.IndexOf('/', StringComparison.Ordinal); end >= 0 && end < path.Value.Length - 1; end = path.Value.IndexOf('/', end + 1))
        {
            var prefix = path.Value[..(end + 1)];
            if (prefix.Length >= caller.Scope.Value.Length)
            {
                ancestors.Add(prefix);
            }
        }
        return await db.OrgUnits.AsNoTracking().Where(o => ancestors.Contains(o.Path)).OrderBy(o => o.Depth)
            .Select(o => new UnitSummary(o.Id, o.Code, o.Name, o.Kind, o.Path, o.ParentId, null, o.IsDemo))
            .ToListAsync(ct);
    }

    private async Task<IReadOnlyList<EstateRow>> EstatesAsync(OrgUnit community, CancellationToken ct)
    {
        var path = new OrgPath(community.Path);
        var buildings = await db.OrgUnits.Under(path).Where(o => o.Kind == OrgUnitKind.Building && o.EstateId != null)
            .GroupBy(o => o.EstateId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var households = await db.Households.Under(path).Where(h => h.EstateId != null)
            .GroupBy(h => h.EstateId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var residents = await db.Residents.Under(path).Where(r => r.Status == ResidentStatus.Active && r.Household!.EstateId != null)
            .GroupBy(r => r.Household!.EstateId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var estates = await db.Estates.AsNoTracking().Where(e => e.CommunityId == community.Id).OrderBy(e => e.Name).ToListAsync(ct);
        return estates.Select(e => new EstateRow(e.Id, e.Name, buildings.GetValueOrDefault(e.Id), households.GetValueOrDefault(e.Id), residents.GetValueOrDefault(e.Id))).ToList();
    }

    private async Task<IReadOnlyList<HouseholdRow>> HouseholdsAsync(string path, bool contactFields, CancellationToken ct)
    {
        var rows = await db.Households.AsNoTracking().Where(h => h.Path == path)
            .OrderBy(h => h.EstateId).ThenBy(h => h.Entrance).ThenBy(h => h.Room).ThenBy(h => h.Id)
            .Take(HouseholdLimit)
            .Select(h => new
            {
                h.Id,
                Estate = h.Estate!.Name,
                Building = h.Building!.Name,
                h.Entrance,
                h.Room,
                Head = db.Residents.Where(r => r.Id == h.HeadResidentId).Select(r => r.Name).FirstOrDefault(),
                Members = h.Members.Count(m => m.Status == ResidentStatus.Active),
            })
            .ToListAsync(ct);
        return rows.Select(h => new HouseholdRow(h.Id, h.Estate, h.Building, h.Entrance, contactFields ? h.Room : null, contactFields ? h.Head : null, h.Members)).ToList();
    }
}
