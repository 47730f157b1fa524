using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record UnitOption(string Code, string Name, OrgUnitKind Kind, string? ParentName);

/// <summary>Choices for intake and routing forms: communities to place a request at, units to route it to.</summary>
public sealed class RequestUnitOptions(LinliDb db)
{
    /// <summary>Communities under <paramref name="scope"/> (everywhere for the portal) whose name contains the text.</summary>
    public async Task<IReadOnlyList<UnitOption>> CommunitiesAsync(OrgPath? scope, string? nameContains, int max = 30, CancellationToken ct = default)
    {
        var query = db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Community);
        if (scope is { Value.Length: > 0 } s)
        {
            query = query.Under(s);
        }
        if (!string.IsNullOrWhiteSpace(nameContains))
        {
            var text = nameContains.Trim();
            query = query.Where(o => o.Name.Contains(text));
        }
        return await query.OrderBy(o => o.Path).Take(max)
            .Select(o => new UnitOption(o.Code, o.Name, o.Kind, o.Parent!.Name))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Where a grid worker may place a report: the communities under their area; for an account that
    /// sits below a community (at a grid), their own grid and the buildings in it — never a sibling grid.
    /// </summary>
    public async Task<IReadOnlyList<UnitOption>> ReportPlacesAsync(OrgPath scope, int max = 500, CancellationToken ct = default)
    {
        var communities = await CommunitiesAsync(scope, null, max, ct);
        if (communities.Count > 0 || scope.Value.Length == 0)
        {
            return communities;
        }
        return await db.OrgUnits.AsNoTracking().Under(scope).Where(o => o.Kind >= OrgUnitKind.Grid)
            .OrderBy(o => o.Path).Take(max)
            .Select(o => new UnitOption(o.Code, o.Name, o.Kind, o.Parent!.Name))
            .ToListAsync(ct);
    }

    /// <summary>Districts, streets and communities under the dispatcher's area, in tree order.</summary>
    public async Task<IReadOnlyList<UnitOption>> RouteTargetsAsync(OrgPath scope, CancellationToken ct = default)
    {
        var query = db.OrgUnits.AsNoTracking().Where(o => o.Kind >= OrgUnitKind.City && o.Kind <= OrgUnitKind.Community);
        if (scope.Value.Length > 0)
        {
            query = query.Under(scope);
        }
        return await query.OrderBy(o => o.Path).Take(2000)
            .Select(o => new UnitOption(o.Code, o.Name, o.Kind, o.Parent!.Name))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<RequestCategory>> CategoriesAsync(CancellationToken ct = default) =>
        await db.RequestCategories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Code).ToListAsync(ct);
}
