using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Bench;

/// <summary>
/// `linli bench rollup`: households and residents under the province, a city, a district and a
/// community (several different units per level, chosen deterministically), p50/p95 of each
/// level. The first pass warms the caches and is not counted.
/// </summary>
public sealed class RollupBench(LinliDb db)
{
    public async Task<IReadOnlyList<BenchFigure>> RunAsync(string provinceCode, int repetitions, CancellationToken ct)
    {
        var province = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == provinceCode, ct);
        var total = await SubtreeTotal.OfAsync(db, province, ct);
        var dataSize = $"{total.Residents:N0} residents, {total.Households:N0} households under {province.Name}";
        var figures = new List<BenchFigure>();
        foreach (var kind in new[] { OrgUnitKind.Province, OrgUnitKind.City, OrgUnitKind.District, OrgUnitKind.Community })
        {
            var units = await db.OrgUnits.AsNoTracking().Under(province.OrgPath)
                .Where(u => u.Kind == kind).OrderBy(u => u.Code).Take(20).ToListAsync(ct);
            if (units.Count == 0)
            {
                continue;
            }
            foreach (var unit in units)
            {
                await SubtreeTotal.OfAsync(db, unit, ct); // warm-up
            }
            var latencies = new Latencies();
            for (var i = 0; i < repetitions; i++)
            {
                var unit = units[i % units.Count];
                await latencies.TimeAsync(() => SubtreeTotal.OfAsync(db, unit, ct));
            }
            figures.AddRange(latencies.Figures("rollup", $"subtree count, {kind.ToString().ToLowerInvariant()}", dataSize));
        }
        return figures;
    }
}
