using Linli.Core.Features.Facilities;
using Linli.Core.Features.Funding;
using Linli.Core.Features.SocialOrgs;
using Linli.Core.Features.Wages;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Facilities;

/// <summary>Entering the records the figures count: budget lines, the funding formula, task counts, wages, social organizations, estate handovers.</summary>
public static class FundingEndpoints
{
    public sealed record TaskCountRequest(string? CommunityCode, int? Year, int? Tasks);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Facilities");
        group.MapPut("/funding/budget-lines", async (JsonBody<SaveBudgetLine.Command> json, CurrentCaller current, SaveBudgetLine save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, json.Body, ct), l => Results.Ok(new { l.Id, l.Year, l.Budget, l.Spent })))
            .WithSummary("填报社区某年某用途某来源的预算与支出 / set a budget line and its spending");
        group.MapPut("/funding/formulas", async (JsonBody<SaveFundingFormula.Command> json, CurrentCaller current, SaveFundingFormula save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, json.Body, ct), f => Results.Ok(new { f.Id, f.Year, f.BaseAmount, f.PerHousehold, f.PerTask, f.GrowthPercent })))
            .WithSummary("设定经费测算公式（基数+每户+每项准入事项，年增长率）/ set the funding formula");
        group.MapPut("/funding/task-counts", async (JsonBody<TaskCountRequest> json, CurrentCaller current, SaveFundingFormula save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.SetTasksAsync(current.Value!, json.Body.CommunityCode, json.Body.Year, json.Body.Tasks, ct), t => Results.Ok(new { t.Year, t.AdmittedTasks })))
            .WithSummary("填报社区某年准入事项数 / enter a community's admitted-task count");
        group.MapPut("/wages", async (JsonBody<SaveLocalWage.Command> json, CurrentCaller current, SaveLocalWage save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, json.Body, ct), w => Results.Ok(new { w.Id, w.Year, w.AverageAnnual, w.MinimumMonthly })))
            .WithSummary("填报当地社会平均工资与最低工资 / enter local average and minimum wages");
        group.MapPost("/social-orgs", async (JsonBody<SaveSocialOrganization.Command> json, CurrentCaller current, SaveSocialOrganization save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, null, json.Body, ct), o => Results.Created($"/api/v1/social-orgs/{o.Id}", new { o.Id, o.Name })))
            .WithSummary("登记社会组织 / register a social organization");
        group.MapPut("/social-orgs/{id:long}", async (long id, JsonBody<SaveSocialOrganization.Command> json, CurrentCaller current, SaveSocialOrganization save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, id, json.Body, ct), o => Results.Ok(new { o.Id, o.Name, o.Active })))
            .WithSummary("修改社会组织 / edit a social organization");
        group.MapPut("/estates/{id:long}/handover", async (long id, JsonBody<SaveEstateHandover.Command> json, CurrentCaller current, SaveEstateHandover save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, id, json.Body, ct), h => Results.Ok(new { h.EstateId, h.TotalUnits, h.OwnCommittee, h.HandedOverOn })))
            .WithSummary("登记新建小区“四个同步”与总套数 / record a new estate's room handover and units");
    }
}
