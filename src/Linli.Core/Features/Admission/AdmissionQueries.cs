using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>Lists and details of admission requests, tasks and reports, each limited to what the caller may see.</summary>
public sealed class AdmissionQueries(LinliDb db, ReviewContext context, ReviewFlags flags)
{
    public sealed record RequestRow(long Id, string Title, AdmissionKind Kind, string DepartmentName, string TargetName, int Communities,
        AdmissionStatus Status, DateTime FiledAt, string? AdmissionNumber, DateOnly? ValidFrom, DateOnly? ValidTo)
    {
        /// <summary>The automatic flags, for requests still under review (what the queue shows).</summary>
        public IReadOnlyList<FlagKind> Flags { get; init; } = [];
    }

    /// <summary>A department sees what it filed; reviewers what their groups review; others the requests aimed inside their area.</summary>
    public async Task<IReadOnlyList<RequestRow>> RequestsAsync(Caller caller, CancellationToken ct = default)
    {
        var groupIds = await db.ReviewMembers.Where(m => m.UserId == caller.UserId).Select(m => m.GroupId).ToListAsync(ct);
        var (lo, hi) = (caller.Scope.Value, caller.Scope.End);
#pragma warning disable CA1309, CA1310 // ordinal range on a "C"-collated column, see SubtreeQueries
        var query = caller.Role == Role.Department
            ? db.AdmissionRequests.Where(r => r.DepartmentUserId == caller.UserId)
            : db.AdmissionRequests.Where(r => (r.Path.CompareTo(lo) >= 0 && r.Path.CompareTo(hi) < 0) || groupIds.Contains(r.ReviewGroupId));
#pragma warning restore CA1309, CA1310
        var rows = await (from r in query.AsNoTracking()
                          join u in db.OrgUnits on r.TargetUnitId equals u.Id
                          orderby r.Status, r.FiledAt descending
                          select new RequestRow(r.Id, r.Title, r.Kind, r.DepartmentName, u.Name, db.AdmissionTargets.Count(t => t.RequestId == r.Id),
                              r.Status, r.FiledAt, r.AdmissionNumber, r.ValidFrom, r.ValidTo)).ToListAsync(ct);
        var pendingIds = rows.Where(r => r.Status == AdmissionStatus.Submitted).Select(r => r.Id).ToList();
        var pending = await db.AdmissionRequests.AsNoTracking().Where(r => pendingIds.Contains(r.Id)).ToListAsync(ct);
        // The whole page's flags at once: a city group's queue holds hundreds of requests.
        var flagged = await flags.ForAsync(pending, ct);
        return rows.Select(r => flagged.TryGetValue(r.Id, out var f) ? r with { Flags = f.Flags.Select(x => x.Kind).Distinct().ToList() } : r).ToList();
    }

    public sealed record Detail(AdmissionRequest Request, string TargetName, string TargetCode, IReadOnlyList<string> CommunityNames, int CommunityCount,
        ReviewGroup Group, ReviewMember? Me, IReadOnlyList<ReviewOpinion> Opinions, DecisionOutcome Tentative, ReviewFlags.Result Flags,
        IReadOnlyList<AdmissionAttachment> Attachments, int TasksIssued);

    public async Task<Result<Detail>> RequestAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, id, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var (request, group, me) = loaded.Value!;
        var target = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == request.TargetUnitId, ct);
        var names = await (from t in db.AdmissionTargets.AsNoTracking()
                           where t.RequestId == id
                           join u in db.OrgUnits on t.CommunityId equals u.Id
                           orderby u.Path
                           select u.Name).Take(20).ToListAsync(ct);
        var count = await db.AdmissionTargets.CountAsync(t => t.RequestId == id, ct);
        var opinions = await db.ReviewOpinions.AsNoTracking().Where(o => o.RequestId == id).OrderBy(o => o.At).ToListAsync(ct);
        // Exactly the decision's rule: opinions of members since removed from the group do not count.
        var tentative = DecisionRules.Decide(group, opinions).Outcome;
        var attachments = await db.AdmissionAttachments.AsNoTracking().Where(a => a.RequestId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var tasks = await db.CommunityTasks.CountAsync(t => t.AdmissionRequestId == id, ct);
        return new Detail(request, target.Name, target.Code, names, count, group, me, opinions, tentative, await flags.ForAsync(request, ct), attachments, tasks);
    }

    public sealed record TaskRow(long Id, string CommunityName, string Title, string Details, AdmissionKind Kind, string Department, string Basis,
        DateOnly Deadline, CommunityTaskStatus Status, DateTime? CompletedAt, string? CompletionNote);

    public async Task<IReadOnlyList<TaskRow>> TasksAsync(Caller caller, CancellationToken ct = default) =>
        await (from t in db.CommunityTasks.AsNoTracking().Under(caller.Scope)
               join u in db.OrgUnits on t.CommunityId equals u.Id
               orderby t.Status, t.Deadline, t.Id
               select new TaskRow(t.Id, u.Name, t.Title, t.Details, t.Kind, t.Department, t.Basis, t.Deadline, t.Status, t.CompletedAt, t.CompletionNote))
            .Take(500).ToListAsync(ct);

    /// <summary>
    /// A report as the caller may see it. <see cref="Redacted"/> rows (what a department sees) carry
    /// no community, date, evidence or names: the department a report accuses must not learn who
    /// reported it (打击报复), only that a report was settled and how.
    /// </summary>
    public sealed record ReportRow(long Id, string? CommunityName, string Department, string What, DateOnly? ReceivedOn, string? Evidence, string? ReportedBy,
        UnadmittedReportStatus Status, string? Outcome, string? ResolvedBy, bool Redacted = false);

    /// <summary>
    /// Reports in the caller's area, and for reviewers everything under their groups. Departments — who
    /// send the tasks reported — see only settled reports in their area, redacted; a department that
    /// sits on the review group sees its group's reports like any member.
    /// </summary>
    public async Task<IReadOnlyList<ReportRow>> ReportsAsync(Caller caller, CancellationToken ct = default)
    {
        var groupPaths = await (from m in db.ReviewMembers where m.UserId == caller.UserId join g in db.ReviewGroups on m.GroupId equals g.Id select g.Path).ToListAsync(ct);
        var rows = new List<ReportRow>();
        // The area of each group the caller sits on, in full; then the caller's own area.
        foreach (var root in groupPaths.Select(p => new OrgPath(p)))
        {
            rows.AddRange(await FullReportsAsync(root, ct));
        }
        if (caller.Role == Role.Department)
        {
            rows.AddRange(await (from r in db.UnadmittedReports.AsNoTracking().Under(caller.Scope)
                                 where r.Status != UnadmittedReportStatus.Open
                                 orderby r.Status, r.ResolvedAt descending
                                 select new ReportRow(r.Id, null, r.Department, r.What, null, null, null, r.Status, r.Outcome, null, true))
                .Take(500).ToListAsync(ct));
        }
        else if (!groupPaths.Any(p => new OrgPath(p).Contains(caller.Scope.Value)))
        {
            rows.AddRange(await FullReportsAsync(caller.Scope, ct));
        }
        return rows.DistinctBy(r => r.Id).OrderBy(r => r.Status).ThenByDescending(r => r.ReceivedOn).Take(500).ToList();
    }

    private async Task<List<ReportRow>> FullReportsAsync(OrgPath root, CancellationToken ct) =>
        await (from r in db.UnadmittedReports.AsNoTracking().Under(root)
               join u in db.OrgUnits on r.CommunityId equals u.Id
               orderby r.Status, r.ReceivedOn descending
               select new ReportRow(r.Id, u.Name, r.Department, r.What, r.ReceivedOn, r.Evidence, r.ReportedBy, r.Status, r.Outcome, r.ResolvedBy, false))
            .Take(500).ToListAsync(ct);
}
