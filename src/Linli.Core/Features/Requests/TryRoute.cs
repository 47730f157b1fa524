using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>One rule that matched a trial, with its rank (1 = the winner) and why it ranks there.</summary>
public sealed record RouteTrialRule(int Rank, RoutingRuleRow Rule, Bilingual Why);

/// <summary>Where a request of the category at the place would go, and the matching rules in precedence order.</summary>
public sealed record RouteTrial(RouteTarget? Target, IReadOnlyList<RouteTrialRule> Matches);

/// <summary>
/// The rules page's "try a route" box: runs the same <see cref="RoutingSuggestion"/> intake uses,
/// for a category and a place inside the caller's area, and lists every matching rule ranked by the
/// precedence (closer category, then longer place prefix), so staff see why the winner wins.
/// </summary>
public sealed class TryRoute(LinliDb db, RoutingSuggestion routing)
{
    public async Task<Result<RouteTrial>> HandleAsync(Caller caller, string? categoryCode, string? placeCode, CancellationToken ct = default)
    {
        var code = categoryCode?.Trim() ?? "";
        var category = code.Length == 0 ? null : await db.RequestCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.Active, ct);
        if (category is null)
        {
            return Failure.Invalid("category", "请选择诉求类别", "Choose a category");
        }
        var unitCode = placeCode?.Trim() ?? "";
        var place = unitCode.Length == 0 ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode, ct);
        if (place is null || !caller.CanSee(place.Path))
        {
            return Failure.Invalid("place", "请填写您管辖范围内的地点代码（如社区代码）", "Give a place code inside your area (e.g. a community code)");
        }
        var rules = await db.RoutingRules.AsNoTracking()
            .Where(r => r.Active && (r.CategoryId == null || r.CategoryId == category.Id || r.CategoryId == category.ParentId))
            .ToListAsync(ct);
        var rows = (await RoutingRuleQueries.ListAsync(db, caller with { Scope = new OrgPath("") }, ct)).ToDictionary(r => r.Id);
        var matches = RoutingSuggestion.Ranked(rules, category, place.Path)
            .Select((r, i) => new RouteTrialRule(i + 1, rows[r.Id], Why(r, category)))
            .ToList();
        return new RouteTrial(await routing.ForAsync(category, place, ct), matches);
    }

    private static Bilingual Why(RoutingRule rule, RequestCategory category)
    {
        var (zh, en) = rule.CategoryId == category.Id ? ("类别完全相同", "same sub-category")
            : rule.CategoryId is null ? ("适用任意类别", "any category") : ("适用其大类", "its top category");
        var depth = rule.PathPrefix.Count(c => c == '/');
        return new($"{zh}；地点前缀第{depth}级", $"{en}; place prefix at level {depth}");
    }
}
