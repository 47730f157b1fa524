using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>A rule as the form or API sends it: codes, not ids. An empty category means every category.</summary>
public sealed record RoutingRuleDraft(string? CategoryCode, string? PlaceCode, string? TargetUnitCode, string? Note, bool Active = true, int? Version = null);

/// <summary>
/// Creates or updates a routing rule. The place and the target must lie inside the caller's area,
/// the category must exist, and no other rule may have the same category and place: two such rules
/// would leave the choice to their creation order. Nothing is written when a field is wrong.
/// </summary>
public sealed class SaveRoutingRule(LinliDb db, TimeProvider clock)
{
    public const int NoteMaxLength = 200;

    public async Task<Result<RoutingRule>> HandleAsync(Caller caller, long? id, RoutingRuleDraft draft, CancellationToken ct = default)
    {
        if (!RoutingRuleQueries.MayManage(caller.Role))
        {
            return RoutingRuleQueries.MayNotManage;
        }
        long? categoryId = null;
        var categoryCode = draft.CategoryCode?.Trim() ?? "";
        if (categoryCode.Length > 0)
        {
            categoryId = await db.RequestCategories.Where(c => c.Code == categoryCode && c.Active).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
            if (categoryId is null)
            {
                return Failure.Invalid("category", $"诉求类别“{categoryCode}”不存在", $"Category “{categoryCode}” does not exist");
            }
        }
        var placeCode = draft.PlaceCode?.Trim() ?? "";
        var place = placeCode.Length == 0 ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == placeCode, ct);
        if (place is null || !caller.CanSee(place.Path))
        {
            return Failure.Invalid("place", placeCode.Length == 0 ? "请填写适用地点（区、街道或社区代码）" : $"地点“{placeCode}”不存在或不在您的管辖范围内",
                placeCode.Length == 0 ? "Give the place the rule covers (a district, street or community code)" : $"Place “{placeCode}” does not exist or is outside your area");
        }
        var targetCode = draft.TargetUnitCode?.Trim() ?? "";
        var target = targetCode.Length == 0 ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == targetCode, ct);
        if (target is null || !caller.CanSee(target.Path))
        {
            return Failure.Invalid("target", targetCode.Length == 0 ? "请选择派往单位" : $"派往单位“{targetCode}”不存在或不在您的管辖范围内",
                targetCode.Length == 0 ? "Choose the unit to route to" : $"Unit “{targetCode}” does not exist or is outside your area");
        }
        var note = draft.Note?.Trim();
        if (note?.Length > NoteMaxLength)
        {
            return Failure.Invalid("note", $"说明不能超过{NoteMaxLength}个字", $"The note must be at most {NoteMaxLength} characters");
        }

        RoutingRule rule;
        if (id is { } existing)
        {
            var found = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == existing, ct);
            if (found is null || !caller.CanSee(found.PathPrefix))
            {
                return RoutingRuleQueries.NotFound;
            }
            if (draft.Version != found.Version)
            {
                return Failure.ConcurrentEdit;
            }
            rule = found;
        }
        else
        {
            rule = new RoutingRule { PathPrefix = place.Path, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.RoutingRules.Add(rule);
        }
        if (await db.RoutingRules.AnyAsync(r => r.Id != rule.Id && r.CategoryId == categoryId && r.PathPrefix == place.Path, ct))
        {
            return Failure.Invalid("place", "已有相同类别、相同地点的派单规则，请修改那条规则", "A rule for the same category and place exists; edit that rule instead");
        }
        (rule.CategoryId, rule.PathPrefix, rule.TargetUnitId, rule.Note, rule.Active) = (categoryId, place.Path, target.Id, string.IsNullOrEmpty(note) ? null : note, draft.Active);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
        return rule;
    }
}
