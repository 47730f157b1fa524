using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Requests;

/// <summary>/api/v1/routing-rules: the rules of the caller's area, create/update/delete (民政局、街道), and the route trial.</summary>
public static class RoutingRulesApi
{
    public sealed record RuleBody(string? Category, string? Place, string? Target, string? Note, bool? Active, int? Version);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/routing-rules").WithTags("Routing rules");
        group.MapGet("", async (CurrentCaller current, LinliDb db, CancellationToken ct) =>
            RegistryJson.Ok((await RoutingRuleQueries.ListAsync(db, current.Value!, ct)).Select(Row)))
            .WithSummary("本辖区的派单规则（最具体的在前）/ routing rules of your area, most specific first");
        group.MapGet("/{id:long}", async (long id, CurrentCaller current, LinliDb db, CancellationToken ct) =>
            await RoutingRuleQueries.FindAsync(db, current.Value!, id, ct) is { } row ? RegistryJson.Ok(Row(row)) : ApiResults.Problem(RoutingRuleQueries.NotFound));
        group.MapPost("", async (JsonBody<RuleBody> json, CurrentCaller current, SaveRoutingRule save, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await save.HandleAsync(current.Value!, null, Draft(json.Body), ct), r => Results.Json(new { r.Id, r.Version }, statusCode: StatusCodes.Status201Created)))
            .WithSummary("新建派单规则（民政局、街道）/ create a routing rule");
        group.MapPut("/{id:long}", async (long id, JsonBody<RuleBody> json, CurrentCaller current, SaveRoutingRule save, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await save.HandleAsync(current.Value!, id, Draft(json.Body), ct), r => Results.Json(new { r.Id, r.Version })))
            .WithSummary("修改派单规则（需带 version）/ update a routing rule (send the version)");
        group.MapDelete("/{id:long}", async (long id, int? version, CurrentCaller current, DeleteRoutingRule delete, CancellationToken ct) =>
            ApiResults.From(await delete.HandleAsync(current.Value!, id, version, ct), _ => Results.NoContent()))
            .WithSummary("删除派单规则 / delete a routing rule");
        group.MapGet("/try", async (string? category, string? place, CurrentCaller current, TryRoute trial, CancellationToken ct) =>
            RegistryJson.From(await trial.HandleAsync(current.Value!, category, place, ct), t => new
            {
                target = t.Target is { } target ? new { target.UnitId, target.Name, reason = target.Reason.ToString() } : null,
                matches = t.Matches.Select(m => new { m.Rank, rule = Row(m.Rule), why = m.Why.ToString() }),
            }))
            .WithSummary("试派：某类诉求在某地会派往哪里、哪条规则生效 / try a route: where a category at a place goes and which rule wins");
    }

    private static RoutingRuleDraft Draft(RuleBody b) => new(b.Category, b.Place, b.Target, b.Note, b.Active ?? true, b.Version);

    private static object Row(RoutingRuleRow r) => new
    {
        r.Id, category = r.CategoryCode, categoryName = r.CategoryName?.ToString(), place = r.PlaceCode, r.PlaceName,
        target = r.TargetCode, r.TargetName, r.Active, r.Note, specificity = r.Specificity.ToString(), r.Version,
    };
}
