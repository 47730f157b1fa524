using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>A community reports a task done (报告完成).</summary>
public sealed class CompleteCommunityTask(LinliDb db, TimeProvider clock)
{
    public static bool MayAct(Role role) => role is Role.CommunityWorker or Role.StreetOffice;

    public async Task<Result<CommunityTask>> HandleAsync(Caller caller, long taskId, string? note, CancellationToken ct = default)
    {
        var task = await db.CommunityTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !caller.CanSee(task.Path))
        {
            return Failure.NotFound("未找到该任务", "Task not found");
        }
        if (!MayAct(caller.Role))
        {
            return Failure.Forbidden("当前角色不能报告任务完成", "Your role may not report tasks done");
        }
        if (task.Status == CommunityTaskStatus.Completed)
        {
            return Failure.Conflict("该任务已报告完成", "This task is already reported done");
        }
        (task.Status, task.CompletedAt, task.CompletionNote) = (CommunityTaskStatus.Completed, clock.GetUtcNow().UtcDateTime, (note ?? "").Trim() is var n && n.Length > 1000 ? n[..1000] : n);
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return task;
    }
}

/// <summary>A community reports a task that reached it outside Linli without admission (举报未准入事项); it goes to the review group.</summary>
public sealed class ReportUnadmittedTask(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string? CommunityCode, string? Department, string? What, DateOnly? ReceivedOn, string? Evidence, bool IsDemo = false);

    public async Task<Result<UnadmittedReport>> HandleAsync(Caller caller, Command c, CancellationToken ct = default)
    {
        if (!CompleteCommunityTask.MayAct(caller.Role))
        {
            return Failure.Forbidden("当前角色不能举报未准入事项", "Your role may not report unadmitted tasks");
        }
        var community = string.IsNullOrWhiteSpace(c.CommunityCode)
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == c.CommunityCode.Trim(), ct);
        if (community is null || community.Kind != OrgUnitKind.Community || !caller.CanSee(community.Path))
        {
            return Failure.Invalid("communityCode", "请填写本辖区内的社区代码", "Enter a community in your area");
        }
        if (string.IsNullOrWhiteSpace(c.Department) || c.Department.Trim().Length > 100)
        {
            return Failure.Invalid("department", "请填写下派任务的部门（不超过100字）", "Enter the department that sent the task (at most 100 characters)");
        }
        if (string.IsNullOrWhiteSpace(c.What) || c.What.Trim().Length > 1000)
        {
            return Failure.Invalid("what", "请填写任务内容（不超过1000字）", "Describe the task (at most 1,000 characters)");
        }
        var today = ChinaTime.Today(clock);
        if (c.ReceivedOn is not { } received || received > today || received < today.AddYears(-2))
        {
            return Failure.Invalid("receivedOn", "请填写收到任务的日期（近两年内，不晚于今天）", "Enter the date the task arrived (within two years, not after today)");
        }
        var report = new UnadmittedReport
        {
            CommunityId = community.Id, Path = community.Path, Department = c.Department.Trim(), What = c.What.Trim(), ReceivedOn = received,
            Evidence = (c.Evidence ?? "").Trim() is var e && e.Length > 2000 ? e[..2000] : e,
            ReportedByUserId = caller.UserId, ReportedBy = caller.Name, ReportedAt = clock.GetUtcNow().UtcDateTime, IsDemo = c.IsDemo,
        };
        db.UnadmittedReports.Add(report);
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return report;
    }
}

/// <summary>A member of the review group covering the community settles a report: upheld (未经准入，责令停止) or dismissed.</summary>
public sealed class ResolveUnadmittedReport(LinliDb db, ReviewGroups groups, TimeProvider clock)
{
    public async Task<Result<UnadmittedReport>> HandleAsync(Caller caller, long reportId, UnadmittedReportStatus? status, string? outcome, CancellationToken ct = default)
    {
        var report = await db.UnadmittedReports.FirstOrDefaultAsync(r => r.Id == reportId, ct);
        var group = report is null ? null : await groups.ForPathAsync(report.Path, ct);
        var member = group is not null && group.Members.Any(m => m.UserId == caller.UserId);
        // 404, not 403, to whoever may not see the report: the answer must not confirm that it exists.
        if (report is null || group is null || (!member && !report.IsVisibleTo(caller)))
        {
            return Failure.NotFound("未找到该举报", "Report not found");
        }
        if (!member)
        {
            return ReviewContext.NotMember;
        }
        if (report.Status != UnadmittedReportStatus.Open)
        {
            return Failure.Conflict("该举报已处理", "This report has already been settled");
        }
        if (status is not (UnadmittedReportStatus.Upheld or UnadmittedReportStatus.Dismissed))
        {
            return Failure.Invalid("status", "请选择处理结果：属实或不属实", "Choose upheld or dismissed");
        }
        if (string.IsNullOrWhiteSpace(outcome))
        {
            return Failure.Invalid("outcome", "请填写处理意见", "Describe what was done");
        }
        (report.Status, report.Outcome, report.ResolvedBy, report.ResolvedAt) = (status.Value, outcome.Trim().Length > 1000 ? outcome.Trim()[..1000] : outcome.Trim(), caller.Name, clock.GetUtcNow().UtcDateTime);
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return report;
    }
}
