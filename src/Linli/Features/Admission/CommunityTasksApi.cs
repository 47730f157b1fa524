using Linli.Core.Features.Admission;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Admission;

/// <summary>/api/v1/community-tasks and /api/v1/unadmitted-reports: tasks reach communities only under an admission or a duty-list entry.</summary>
public static class CommunityTasksApi
{
    public sealed record IssueRequest(string? AdmissionNumber, long? DutyEntryId, string? Title, string? Details, IReadOnlyList<string>? CommunityCodes, DateOnly? Deadline);

    public sealed record CompleteRequest(string? Note);

    public sealed record ReportRequest(string? CommunityCode, string? Department, string? What, DateOnly? ReceivedOn, string? Evidence);

    public sealed record ResolveRequest(string? Status, string? Outcome);

    public static void Map(RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/community-tasks").WithTags("Admission");
        tasks.MapGet("", async (CurrentCaller current, AdmissionQueries queries, CancellationToken ct) =>
            Results.Ok((await queries.TasksAsync(current.Value!, ct)).Select(t => new
            {
                t.Id, t.CommunityName, t.Title, t.Details, kind = t.Kind.ToString(), t.Department, t.Basis, t.Deadline, status = t.Status.ToString(), t.CompletedAt, t.CompletionNote,
            })))
            .WithSummary("本辖区社区收到的任务 / tasks that reached communities in the caller's area");

        tasks.MapPost("", async (JsonBody<IssueRequest> json, CurrentCaller current, IssueCommunityTasks issue, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            return ApiResults.From(await issue.HandleAsync(current.Value!, new(b.AdmissionNumber, b.DutyEntryId, b.Title, b.Details, b.CommunityCodes, b.Deadline), ct),
                created => Results.Created("/api/v1/community-tasks", new { created = created.Count, ids = created.Select(t => t.Id) }));
        }).WithSummary("向社区下派任务：必须引用有效准入编号或清单事项，否则拒绝 / send a task; refused without admission");

        tasks.MapPost("/{id:long}/complete", async (long id, JsonBody<CompleteRequest> json, CurrentCaller current, CompleteCommunityTask complete, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await complete.HandleAsync(current.Value!, id, json.Body.Note, ct), t => Results.Ok(new { t.Id, status = t.Status.ToString() })))
            .WithSummary("社区报告任务完成 / a community reports a task done");

        var reports = api.MapGroup("/unadmitted-reports").WithTags("Admission");
        reports.MapGet("", async (CurrentCaller current, AdmissionQueries queries, CancellationToken ct) =>
            Results.Ok((await queries.ReportsAsync(current.Value!, ct)).Select(r => new
            {
                r.Id, r.CommunityName, r.Department, r.What, r.ReceivedOn, r.Evidence, r.ReportedBy, status = r.Status.ToString(), r.Outcome, r.ResolvedBy, r.Redacted,
            })))
            .WithSummary("未准入事项举报（职能部门只见已处理的举报及结果，不见社区、举报人和证据）/ reports of unadmitted tasks (departments: settled ones only, without community, reporter or evidence)");

        reports.MapPost("", async (JsonBody<ReportRequest> json, CurrentCaller current, ReportUnadmittedTask report, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            return ApiResults.From(await report.HandleAsync(current.Value!, new(b.CommunityCode, b.Department, b.What, b.ReceivedOn, b.Evidence), ct),
                r => Results.Created($"/api/v1/unadmitted-reports/{r.Id}", new { r.Id }));
        }).WithSummary("社区举报未经准入的任务 / a community reports a task that came without admission");

        reports.MapPost("/{id:long}/resolve", async (long id, JsonBody<ResolveRequest> json, CurrentCaller current, ResolveUnadmittedReport resolve, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            UnadmittedReportStatus? status = json.Body.Status?.Trim().ToLowerInvariant() switch
            {
                "upheld" or "属实" => UnadmittedReportStatus.Upheld,
                "dismissed" or "不属实" => UnadmittedReportStatus.Dismissed,
                _ => null,
            };
            return ApiResults.From(await resolve.HandleAsync(current.Value!, id, status, json.Body.Outcome, ct), r => Results.Ok(new { r.Id, status = r.Status.ToString() }));
        }).WithSummary("审核组处理举报（Upheld / Dismissed）/ the review group settles a report");
    }
}
