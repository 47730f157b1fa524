using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>A routing rule as the rules page and API show it: codes and names instead of ids and paths.</summary>
public sealed record RoutingRuleRow(long Id, string? CategoryCode, Bilingual? CategoryName, string PlaceCode, string PlaceName, string PathPrefix,
    string TargetCode, string TargetName, bool Active, string? Note, int Version)
{
    /// <summary>How specific the rule is, in the order the precedence reads it: category first, then place depth.</summary>
    public Bilingual Specificity => new(
        $"{(CategoryCode is null ? "任意类别" : CategoryCode.Length > 2 ? "小类" : "大类")} · 地点第{PathPrefix.Count(c => c == '/')}级",
        $"{(CategoryCode is null ? "any category" : CategoryCode.Length > 2 ? "sub-category" : "top category")} · place level {PathPrefix.Count(c => c == '/')}");
}

public static class RoutingRuleQueries
{
    public static readonly Failure NotFound = Failure.NotFound("未找到该派单规则或不在您的管辖范围内", "Routing rule not found or outside your area");

    /// <summary>Street offices and the civil affairs bureau keep the rules of their area (街道及以上).</summary>
    public static bool MayManage(Role role) => role is Role.CivilAffairs or Role.StreetOffice;

    public static readonly Failure MayNotManage = Failure.Forbidden("仅民政局、街道账号可维护派单规则", "Only civil affairs and street office accounts may manage routing rules");

    /// <summary>Rules whose place lies inside the caller's area, most specific first (the order the precedence tries them).</summary>
    public static async Task<IReadOnlyList<RoutingRuleRow>> ListAsync(LinliDb db, Caller caller, CancellationToken ct)
    {
        var scope = caller.Scope.Value;
        var rows = await db.RoutingRules.AsNoTracking()
            .Where(r => r.PathPrefix.StartsWith(scope))
            .Join(db.OrgUnits, r => r.PathPrefix, o => o.Path, (r, place) => new { r, place })
            .Join(db.OrgUnits, x => x.r.TargetUnitId, o => o.Id, (x, target) => new { x.r, x.place, target })
            .GroupJoin(db.RequestCategories, x => x.r.CategoryId, c => c.Id, (x, cs) => new { x.r, x.place, x.target, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new
            {
                x.r.Id, CategoryCode = c == null ? null : c.Code, CategoryZh = c == null ? null : c.NameZh, CategoryEn = c == null ? null : c.NameEn,
                PlaceCode = x.place.Code, PlaceName = x.place.Name, x.r.PathPrefix, TargetCode = x.target.Code, TargetName = x.target.Name,
                x.r.Active, x.r.Note, x.r.Version,
            })
            .ToListAsync(ct);
        return rows
            .Select(r => new RoutingRuleRow(r.Id, r.CategoryCode, r.CategoryZh is null ? null : new Bilingual(r.CategoryZh, r.CategoryEn!), r.PlaceCode, r.PlaceName,
                r.PathPrefix, r.TargetCode, r.TargetName, r.Active, r.Note, r.Version))
            .OrderBy(r => r.CategoryCode ?? "")
            .ThenByDescending(r => r.PathPrefix.Length)
            .ThenBy(r => r.Id)
            .ToList();
    }

    public static async Task<RoutingRuleRow?> FindAsync(LinliDb db, Caller caller, long id, CancellationToken ct) =>
        (await ListAsync(db, caller, ct)).FirstOrDefault(r => r.Id == id);
}
