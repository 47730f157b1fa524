using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record RateLine(string Key, string Name, RateCounts Counts);

public sealed record RatesReport(
    string UnitCode, string UnitName, DateOnly From, DateOnly To, RateCounts Total,
    IReadOnlyList<RateLine> Children, IReadOnlyList<RateLine> Categories,
    IReadOnlyList<RateLine> Streets, IReadOnlyList<RateLine> Communities, IReadOnlyList<RateLine> Months);

/// <summary>
/// The three rates for a unit and period (requests received in it, by the place they concern): per
/// child unit, per top-level category, rankings of streets and communities, and a monthly trend.
/// One grouped query counts per (community, category, month); every view is a roll-up of that.
/// </summary>
public sealed class RatesQuery(LinliDb db, TimeProvider clock)
{
    public const int MaxDays = 3 * 366;

    private sealed record Cell(string Community, long CategoryId, int Year, int Month, RateCounts Counts);

    public async Task<Result<RatesReport>> HandleAsync(Caller caller, string? unitCode, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var unit = string.IsNullOrWhiteSpace(unitCode)
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.Invalid("unit", "单位不存在或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = WorkCalendar.LocalDate(now);
        var (start, end) = (from ?? today.AddDays(-89), to ?? today);
        if (end < start)
        {
            return Failure.Invalid("to", "结束日期不能早于开始日期", "The end date cannot be before the start date");
        }
        if (end.DayNumber - start.DayNumber > MaxDays)
        {
            return Failure.Invalid("from", "统计期间不能超过三年", "The period cannot be longer than three years");
        }

        var cells = await CellsAsync(new OrgPath(unit.Path), start, end, now, ct);
        var units = await db.OrgUnits.AsNoTracking().Under(new OrgPath(unit.Path))
            .Where(o => o.Kind <= OrgUnitKind.Community).Select(o => new { o.Path, o.Name, o.Kind, o.ParentId }).ToListAsync(ct);
        var categories = await db.RequestCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);

        var names = units.ToDictionary(u => u.Path, u => u.Name, StringComparer.Ordinal);
        // One pass over the cells per level: each cell's community path is cut at its '/' boundaries
        // and looked up, instead of scanning every cell for every unit (a city has ~2,000 communities).
        List<RateLine> ByUnit(List<string> keys)
        {
            var wanted = keys.ToHashSet(StringComparer.Ordinal);
            var sums = cells.GroupBy(c => UnitOf(c.Community, wanted)).Where(g => g.Key is not null)
                .ToDictionary(g => g.Key!, g => RateCounts.Sum(g.Select(c => c.Counts)), StringComparer.Ordinal);
            return keys.Select(k => new RateLine(k, names.GetValueOrDefault(k) ?? k, sums.GetValueOrDefault(k) ?? RateCounts.Zero)).ToList();
        }
        var children = units.Where(u => u.ParentId == unit.Id).Select(u => u.Path).ToList();
        var streets = units.Where(u => u.Kind == OrgUnitKind.Street).Select(u => u.Path).ToList();
        var communities = units.Where(u => u.Kind == OrgUnitKind.Community).Select(u => u.Path).ToList();

        var byTop = cells.GroupBy(c => categories.TryGetValue(c.CategoryId, out var cat) ? cat.ParentId ?? cat.Id : c.CategoryId)
            .Select(g => new RateLine(categories[g.Key].Code, categories[g.Key].NameZh + " / " + categories[g.Key].NameEn, RateCounts.Sum(g.Select(c => c.Counts))))
            .OrderBy(l => l.Key).ToList();
        var months = Months(start, end).Select(m => new RateLine($"{m.Year:D4}-{m.Month:D2}", $"{m.Year}年{m.Month}月",
            RateCounts.Sum(cells.Where(c => c.Year == m.Year && c.Month == m.Month).Select(c => c.Counts)))).ToList();

        return new RatesReport(unit.Code, unit.Name, start, end, RateCounts.Sum(cells.Select(c => c.Counts)),
            ByUnit(children),
            byTop,
            Ranked(ByUnit(streets)),
            Ranked(ByUnit(communities)),
            months);
    }

    /// <summary>Best first: by satisfaction, then resolution, then response rate; units with no requests last.</summary>
    public static List<RateLine> Ranked(IEnumerable<RateLine> lines) => lines
        .OrderByDescending(l => l.Counts.Received > 0)
        .ThenByDescending(l => l.Counts.SatisfactionRate ?? -1)
        .ThenByDescending(l => l.Counts.ResolutionRate ?? -1)
        .ThenByDescending(l => l.Counts.ResponseRate ?? -1)
        .ThenBy(l => l.Key, StringComparer.Ordinal)
        .ToList();

    /// <summary>The unit among <paramref name="units"/> whose path <paramref name="path"/> starts with (paths end in '/').</summary>
    private static string? UnitOf(string path, HashSet<string> units)
    {
        for (var end = path.IndexOf('/'); end >= 0; end = path.IndexOf('/', end + 1))
        {
            if (units.Contains(path[..(end + 1)]))
            {
                return path[..(end + 1)];
            }
        }
        return null;
    }

    private async Task<List<Cell>> CellsAsync(OrgPath scope, DateOnly from, DateOnly to, DateTime now, CancellationToken ct)
    {
        var (lo, hi) = (RequestList.DayStartUtc(from), ChinaTime.EndUtc(to));
        var cutoff = hi < now ? hi : now;
        var communityLength = await db.OrgUnits.Under(scope).Where(o => o.Kind == OrgUnitKind.Community).Select(o => o.Path.Length).FirstOrDefaultAsync(ct);
        if (communityLength == 0)
        {
            communityLength = scope.Value.Length;
        }
        var requests = db.ServiceRequests.AsNoTracking().Under(scope)
            .Where(r => r.ReceivedAt >= lo && r.ReceivedAt < hi && r.Status != RequestStatus.Merged);
        // Months in China Standard Time; EF translates AddHours/Year/Month on both providers.
        var counts = await requests
            .GroupBy(r => new { Community = r.Path.Substring(0, communityLength), r.CategoryId, r.ReceivedAt.AddHours(8).Year, r.ReceivedAt.AddHours(8).Month })
            .Select(g => new
            {
                g.Key.Community, g.Key.CategoryId, g.Key.Year, g.Key.Month,
                Received = g.Count(),
                InTime = g.Sum(r => r.RespondedAt != null && r.RespondedAt <= r.ResponseDueAt ? 1 : 0),
                Due = g.Sum(r => r.ResolvedAt != null || r.ResolutionDueAt <= cutoff ? 1 : 0),
                Resolved = g.Sum(r => r.ResolvedAt != null ? 1 : 0),
            })
            .ToListAsync(ct);
        var callbacks = await db.RequestCallbacks.AsNoTracking()
            .Where(c => c.Reached && !db.RequestCallbacks.Any(d => d.RequestId == c.RequestId && d.Reached && d.Id > c.Id))
            .Join(requests, c => c.RequestId, r => r.Id, (c, r) => new { r.Path, r.CategoryId, r.ReceivedAt, c.Satisfied })
            .GroupBy(x => new { Community = x.Path.Substring(0, communityLength), x.CategoryId, x.ReceivedAt.AddHours(8).Year, x.ReceivedAt.AddHours(8).Month })
            .Select(g => new { g.Key.Community, g.Key.CategoryId, g.Key.Year, g.Key.Month, Reached = g.Count(), Satisfied = g.Sum(x => x.Satisfied == true ? 1 : 0) })
            .ToListAsync(ct);
        var satisfaction = callbacks.ToDictionary(c => (c.Community, c.CategoryId, c.Year, c.Month), c => (c.Reached, c.Satisfied));
        return counts.Select(c =>
        {
            var (reached, satisfied) = satisfaction.GetValueOrDefault((c.Community, c.CategoryId, c.Year, c.Month));
            return new Cell(c.Community, c.CategoryId, c.Year, c.Month, new RateCounts(c.Received, c.InTime, c.Due, c.Resolved, reached, satisfied));
        }).ToList();
    }

    private static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        // Stop at December 9999 rather than step past the last representable date.
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            yield return m;
            if (m.Year == DateOnly.MaxValue.Year && m.Month == 12)
            {
                yield break;
            }
        }
    }
}
