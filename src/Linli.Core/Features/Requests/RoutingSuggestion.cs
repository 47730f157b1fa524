using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record RouteTarget(long UnitId, string Path, string Name, Bilingual Reason);

/// <summary>
/// Who should handle a request of a category at a place. A rule matches when its category is the
/// request's category, that category's parent, or empty (any), and the place lies under its path
/// prefix. The most specific rule wins: the closer category first (child, then parent, then any),
/// then the longer path prefix. Without a matching rule the category's default target kind picks
/// the place's community or street. Staff may override the suggestion when they route.
/// </summary>
public sealed class RoutingSuggestion(LinliDb db, RequestReferenceCache? cache = null)
{
    public async Task<RouteTarget?> ForAsync(RequestCategory category, OrgUnit place, CancellationToken ct = default)
    {
        // Active rules come from the shared cache when there is one (every intake asks); Best filters them.
        IReadOnlyList<RoutingRule> rules = cache is not null ? (await cache.GetAsync(db, ct)).Rules : await db.RoutingRules.AsNoTracking()
            .Where(r => r.Active && (r.CategoryId == null || r.CategoryId == category.Id || r.CategoryId == category.ParentId))
            .ToListAsync(ct);
        var best = Best(rules, category, place.Path);
        if (best is not null)
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == best.TargetUnitId, ct);
            return new(unit.Id, unit.Path, unit.Name, new($"按派单规则：{best.Note ?? unit.Name}", $"Routing rule: {best.Note ?? unit.Name}"));
        }
        var kind = category.DefaultTarget == RoutingTargetKind.Community ? OrgUnitKind.Community : OrgUnitKind.Street;
        var ancestor = await AncestorAsync(place, kind, ct);
        return ancestor is null ? null : new(ancestor.Id, ancestor.Path, ancestor.Name,
            new($"按类别默认：所在{(kind == OrgUnitKind.Community ? "社区" : "街道")}", $"Category default: the place's {(kind == OrgUnitKind.Community ? "community" : "street")}"));
    }

    /// <summary>The precedence itself, separate from the database so it can be tested on its own.</summary>
    public static RoutingRule? Best(IEnumerable<RoutingRule> rules, RequestCategory category, string placePath) =>
        Ranked(rules, category, placePath).FirstOrDefault();

    /// <summary>Every rule that matches, the winner first (the "try a route" box shows why the others lost).</summary>
    public static IEnumerable<RoutingRule> Ranked(IEnumerable<RoutingRule> rules, RequestCategory category, string placePath) =>
        rules
            .Where(r => r.Active && placePath.StartsWith(r.PathPrefix, StringComparison.Ordinal)
                && (r.CategoryId is null || r.CategoryId == category.Id || r.CategoryId == category.ParentId))
            .OrderByDescending(r => r.CategoryId == category.Id ? 2 : r.CategoryId is null ? 0 : 1)
            .ThenByDescending(r => r.PathPrefix.Length)
            .ThenBy(r => r.Id);

    /// <summary>The unit of <paramref name="kind"/> on the place's path (the place itself included).</summary>
    public async Task<OrgUnit?> AncestorAsync(OrgUnit place, OrgUnitKind kind, CancellationToken ct = default)
    {
        if (place.Kind == kind)
        {
            return place;
        }
        var prefixes = Prefixes(place.Path);
        return await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => prefixes.Contains(o.Path) && o.Kind == kind, ct);
    }

    /// <summary>"41/4111/411102/" → "41/", "41/4111/", "41/4111/411102/".</summary>
    public static List<string> Prefixes(string path)
    {
        var list = new List<string>();
        for (var i = path.IndexOf('/', StringComparison.Ordinal); i >= 0; i = path.IndexOf('/', i + 1))
        {
            list.Add(path[..(i + 1)]);
        }
        return list;
    }
}
