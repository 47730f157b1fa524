using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// One community with what the survey counts about it: the rows behind every community figure and
/// evidence list. <see cref="SplitInto"/> is how many communities it becomes under the size cap in force (1 = within the cap);
/// <see cref="Required"/> is the most any staffing standard in force asks of it alone (null: no standard), so a community
/// counts as short when it has fewer workers than that.
/// </summary>
public sealed record CommunityFacts(
    long Id, string Code, string Name, string Path, CommitteeType? Type, int Households, int Residents, int Workers, int SplitInto,
    IReadOnlyList<StandardInForce> Caps, int? Required)
{
    public bool Urban => Type?.IsUrban() ?? false;

    public static async Task<List<CommunityFacts>> LoadAsync(LinliDb db, OrgPath root, StandardSet standards, DateOnly asOf, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Under(root).Where(o => o.Kind == OrgUnitKind.Community)
            .OrderBy(o => o.Code).Select(o => new { o.Id, o.Code, o.Name, o.Path, o.CommitteeType }).ToListAsync(ct);
        var totals = await CommunityTotals.ByCommunityAsync(db, root, ct);
        var workers = await db.CommunityWorkers.AsNoTracking().Under(root)
            .Where(w => w.HireDate <= asOf && (w.LeaveDate == null || w.LeaveDate > asOf))
            .GroupBy(w => w.CommunityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return units.Select(u =>
        {
            var (h, r) = totals.GetValueOrDefault(u.Id);
            var householdCap = standards.For(u.Path, StandardCatalog.CommunityHouseholdCap);
            var residentCap = standards.For(u.Path, StandardCatalog.CommunityResidentCap);
            var parts = Math.Max(StaffingFormula.PartsUnderCap(h, householdCap?.Value), StaffingFormula.PartsUnderCap(r, residentCap?.Value));
            var urban = u.CommitteeType?.IsUrban() ?? false;
            var perHouseholds = standards.For(u.Path, StandardCatalog.HouseholdsPerWorker) is { } a ? StaffingFormula.RequiredByHouseholds(h, a.Value) : (int?)null;
            var perResidents = standards.For(u.Path, StandardCatalog.WorkersPer10kUrbanResidents) is { } b ? StaffingFormula.RequiredByResidents(urban ? r : 0, b.Value) : (int?)null;
            int? required = perHouseholds is null && perResidents is null ? null : Math.Max(perHouseholds ?? 0, perResidents ?? 0);
            return new CommunityFacts(u.Id, u.Code, u.Name, u.Path, u.CommitteeType, h, r, workers.GetValueOrDefault(u.Id), parts,
                new[] { householdCap, residentCap }.OfType<StandardInForce>().ToList(), required);
        }).ToList();
    }
}
