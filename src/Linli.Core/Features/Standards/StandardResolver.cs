using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Standards;

/// <summary>
/// Answers "which value of each standard is in force for unit X on date D, and where was it set".
/// Paths are materialized, so the ancestors of a unit are the prefixes of its path: one query with
/// Path IN (prefixes) on the (Path, Key, ValidFrom) index, never a walk up the tree.
/// </summary>
public sealed class StandardResolver(LinliDb db)
{
    public async Task<StandardSet> ForUnitAsync(string unitPath, DateOnly date, CancellationToken ct = default)
    {
        var ancestors = StandardSet.AncestorPaths(unitPath);
        return new StandardSet(await LoadAsync(db.PolicyStandards.Where(s => ancestors.Contains(s.Path)), date, ct));
    }

    /// <summary>For a rollup: the unit's ancestors plus every unit below it, in one query.</summary>
    public async Task<StandardSet> ForSubtreeAsync(OrgPath root, DateOnly date, CancellationToken ct = default)
    {
        var ancestors = StandardSet.AncestorPaths(root.Value);
        var (lo, hi) = (root.Value, root.End);
#pragma warning disable CA1309, CA1310 // ordinal range on a "C"-collated column, see SubtreeQueries
        var rows = db.PolicyStandards.Where(s => ancestors.Contains(s.Path) || (s.Path.CompareTo(lo) >= 0 && s.Path.CompareTo(hi) < 0));
#pragma warning restore CA1309, CA1310
        return new StandardSet(await LoadAsync(rows, date, ct));
    }

    /// <summary>
    /// The rows of these keys set at any ancestor-or-self of any of the units and valid at some time
    /// between the two dates, in one query; filter them to a date with <see cref="StandardSet.On"/>.
    /// </summary>
    public async Task<IReadOnlyList<StandardInForce>> ForUnitsAsync(IEnumerable<string> unitPaths, IReadOnlyCollection<string> keys, DateOnly periodStart, DateOnly periodEnd, CancellationToken ct = default)
    {
        var ancestors = unitPaths.SelectMany(StandardSet.AncestorPaths).Distinct().ToList();
        return await WithUnitNamesAsync(db.PolicyStandards.Where(s => ancestors.Contains(s.Path) && keys.Contains(s.Key)
            && s.ValidFrom <= periodEnd && (s.ValidTo == null || s.ValidTo >= periodStart)), ct);
    }

    private Task<List<StandardInForce>> LoadAsync(IQueryable<PolicyStandard> rows, DateOnly date, CancellationToken ct) =>
        WithUnitNamesAsync(rows.Where(s => s.ValidFrom <= date && (s.ValidTo == null || s.ValidTo >= date)), ct);

    /// <summary>The rows with the code and name of the unit that set each (national rows have none).</summary>
    private async Task<List<StandardInForce>> WithUnitNamesAsync(IQueryable<PolicyStandard> rows, CancellationToken ct) =>
        await (from s in rows.AsNoTracking()
               join u in db.OrgUnits on s.OrgUnitId equals u.Id into units
               from u in units.DefaultIfEmpty()
               select new StandardInForce(s.Id, s.Key, s.Value, s.MaxValue, s.Path,
                   u == null ? null : u.Code, u == null ? StandardInForce.NationalName : u.Name,
                   s.ValidFrom, s.ValidTo, s.Source))
            .ToListAsync(ct);
}
