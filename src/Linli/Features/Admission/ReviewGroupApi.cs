using Linli.Core.Common;
using Linli.Core.Features.Admission;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Admission;

/// <summary>/api/v1/admission/review-groups: the group that reviews a unit's work items, and setting one up.</summary>
public static class ReviewGroupApi
{
    public sealed record SetUpRequest(string? UnitCode, string? Name, string? Rule, IReadOnlyList<string>? Members, string? Chair);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admission/review-groups").WithTags("Admission");
        group.MapGet("", async (CurrentCaller current, ReviewGroups groups, Core.Data.LinliDb db, string? unit, CancellationToken ct) =>
        {
            var caller = current.Value!;
            var path = string.IsNullOrWhiteSpace(unit) ? caller.Scope.Value
                : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.OrgUnits.Where(o => o.Code == unit.Trim()).Select(o => o.Path), ct);
            if (path is null || !(caller.CanSee(path) || caller.Scope.Value.StartsWith(path, StringComparison.Ordinal)))
            {
                return ApiResults.Problem(Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area"));
            }
            return await groups.ForPathAsync(path, ct) is { } g
                ? Results.Ok(new { g.Id, g.Name, rule = g.Rule.ToString(), members = g.Members.Select(m => new { m.Name, m.IsChair }) })
                : ApiResults.Problem(Failure.NotFound("该区域尚未设立准入审核组", "No review group covers this area"));
        }).WithSummary("管辖某单位的准入审核组 / the review group covering a unit");

        group.MapPut("", async (JsonBody<SetUpRequest> json, CurrentCaller current, ReviewGroups groups, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            var rule = ParseRule(b.Rule);
            if (rule is null)
            {
                return ApiResults.Problem(Failure.Invalid("rule", "议事规则应为 SimpleMajority（过半数）、TwoThirds（三分之二）或 Unanimity（全体一致）",
                    "The rule must be SimpleMajority, TwoThirds or Unanimity"));
            }
            return ApiResults.From(await groups.SetUpAsync(current.Value!, new(b.UnitCode, b.Name, rule.Value, b.Members ?? [], b.Chair), ct),
                g => Results.Ok(new { g.Id, g.Name, rule = g.Rule.ToString(), members = g.Members.Select(m => new { m.Name, m.IsChair }) }));
        }).WithSummary("设立或调整准入审核组：成员（账号）、组长、议事规则（民政局、管理员）/ set up a review group");
    }

    public static DecisionRule? ParseRule(string? text) => text?.Trim() switch
    {
        "过半数" => DecisionRule.SimpleMajority,
        "三分之二" => DecisionRule.TwoThirds,
        "全体一致" => DecisionRule.Unanimity,
        { } t when Enum.TryParse<DecisionRule>(t, ignoreCase: true, out var r) && Enum.IsDefined(r) && !int.TryParse(t, out _) => r,
        _ => null,
    };
}
