using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Standards;

/// <summary>A community under the unit a figure is computed for, with its current household count.</summary>
public sealed record FigureCommunity(long Id, string Code, string Name, string Path, bool Urban, int Households);

/// <summary>
/// What every gap figure starts from: the unit (community or above, inside the caller's area), the
/// year and its as-of date (31 December, or today for the current year), the unit's child rows, the
/// communities under it with their households, and the standards in force on the as-of date.
/// </summary>
public sealed record FigureScope(OrgUnit Unit, int Year, DateOnly AsOf, string? ParentCode, IReadOnlyList<OrgUnit> Children,
    IReadOnlyList<FigureCommunity> Communities, StandardSet Standards)
{
    /// <summary>The communities under <paramref name="unit"/> (the unit itself when it is a community).</summary>
    public IReadOnlyList<FigureCommunity> Under(OrgUnit unit) =>
        Communities.Where(c => c.Path.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();

    public IEnumerable<OrgUnit> UnitAndChildren => Children.Prepend(Unit);

    public static async Task<Result<FigureScope>> LoadAsync(LinliDb db, StandardResolver resolver, TimeProvider clock,
        Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (year < 2000 || year > today.Year + 1)
        {
            return Failure.Invalid("year", $"年份应在2000到{today.Year + 1}之间", $"The year must be between 2000 and {today.Year + 1}");
        }
        var unit = string.IsNullOrWhiteSpace(unitCode)
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        if (unit.Kind > OrgUnitKind.Community)
        {
            return Failure.Invalid("unit", "请选择社区或以上的单位", "Choose a community or a unit above it");
        }
        var end = new DateOnly(year, 12, 31);
        var asOf = end < today ? end : today;
        var units = await db.OrgUnits.AsNoTracking().Under(unit.OrgPath).Where(o => o.Kind == OrgUnitKind.Community)
            .Select(o => new { o.Id, o.Code, o.Name, o.Path, o.CommitteeType }).ToListAsync(ct);
        var totals = await CommunityTotals.ByCommunityAsync(db, unit.OrgPath, ct);
        var communities = units.OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new FigureCommunity(u.Id, u.Code, u.Name, u.Path, u.CommitteeType?.IsUrban() ?? false, totals.GetValueOrDefault(u.Id).Households))
            .ToList();
        var children = await db.OrgUnits.AsNoTracking()
            .Where(o => o.ParentId == unit.Id && o.Kind <= OrgUnitKind.Community)
            .OrderBy(o => o.Code).ToListAsync(ct);
        var parentCode = unit.ParentId is { } parentId && await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, ct) is { } parent && caller.CanSee(parent.Path)
            ? parent.Code : null;
        var standards = await resolver.ForSubtreeAsync(unit.OrgPath, asOf, ct);
        return new FigureScope(unit, year, asOf, parentCode, children, communities, standards);
    }

    /// <summary>Distinct standard rows, in a stable order, for a figure to cite.</summary>
    public static IReadOnlyList<StandardInForce> Cite(IEnumerable<StandardInForce?> used) =>
        used.OfType<StandardInForce>().DistinctBy(s => s.Id)
            .OrderBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();
}
