using Linli.Core.Common;

namespace Linli.Core.Features.Requests;

/// <summary>The workload view's columns that are states of an open request; the queue filters by the same predicates.</summary>
public enum WorkloadStage
{
    Open,       // 在办
    Waiting,    // 待签收
    InProgress, // 办理中
    Overdue,    // 超期
    DueSoon,    // 临期
}

/// <summary>
/// One definition per workload column, used by the workload counts and by the queue's
/// <c>stage=</c> filter, so a number and the list it links to always agree.
/// </summary>
public static class WorkloadStages
{
    /// <summary>Sent to a unit (or escalated, or reopened) and not yet signed for.</summary>
    public static readonly RequestStatus[] WaitingStatuses = [RequestStatus.Routed, RequestStatus.Escalated, RequestStatus.Reopened];

    public static readonly RequestStatus[] InProgressStatuses = [RequestStatus.Accepted, RequestStatus.InProgress];

    public static WorkloadStage? Parse(string? text) =>
        Enum.TryParse<WorkloadStage>(text?.Trim(), ignoreCase: true, out var stage) && Enum.IsDefined(stage) ? stage : null;

    /// <summary>The requests in <paramref name="stage"/>; <paramref name="horizon"/> is now plus the warning window in working hours.</summary>
    public static IQueryable<ServiceRequest> InStage(this IQueryable<ServiceRequest> query, WorkloadStage stage, DateTime now, DateTime horizon)
    {
        var open = RequestQueries.OpenStatuses;
        return stage switch
        {
            WorkloadStage.Open => query.Where(r => open.Contains(r.Status)),
            WorkloadStage.Waiting => query.Where(r => WaitingStatuses.Contains(r.Status)),
            WorkloadStage.InProgress => query.Where(r => InProgressStatuses.Contains(r.Status)),
            WorkloadStage.Overdue => query.Where(r => open.Contains(r.Status) && (r.ResolutionDueAt < now || (r.RespondedAt == null && r.ResponseDueAt < now))),
            _ => query.Where(r => open.Contains(r.Status) && !(r.ResolutionDueAt < now || (r.RespondedAt == null && r.ResponseDueAt < now))
                && (r.ResolutionDueAt <= horizon || (r.RespondedAt == null && r.ResponseDueAt <= horizon))),
        };
    }

    public static Bilingual Name(WorkloadStage stage) => stage switch
    {
        WorkloadStage.Open => new("在办", "Open"),
        WorkloadStage.Waiting => new("待签收", "Waiting to accept"),
        WorkloadStage.InProgress => new("办理中", "In progress"),
        WorkloadStage.Overdue => new("超期", "Overdue"),
        _ => new("临期", "Due soon"),
    };

    /// <summary>The definitions printed on the workload page, in the export and in docs/requests.md.</summary>
    public static IReadOnlyList<(Bilingual Name, Bilingual Definition)> Definitions(double warningHours) =>
    [
        (Name(WorkloadStage.Open), new("尚未办结的诉求（已受理、已派单、已签收、办理中、已退回、已升级、重办），按承办单位统计", "Requests not yet resolved (received, routed, accepted, in progress, returned, escalated, reopened), by handling unit")),
        (Name(WorkloadStage.Waiting), new("已派单、已升级或重办，承办单位尚未签收", "Routed, escalated or reopened and not yet accepted by the handling unit")),
        (Name(WorkloadStage.InProgress), new("已签收或办理中", "Accepted or in progress")),
        (Name(WorkloadStage.Overdue), new("在办且已过办结时限，或未签收且已过响应时限", "Open and past the resolution due time, or not accepted and past the response due time")),
        (Name(WorkloadStage.DueSoon), new($"在办、尚未超期，且办结（或未签收时的响应）时限在{warningHours:0.#}个工作小时内", $"Open, not yet overdue, and the resolution (or, unaccepted, the response) due time is within {warningHours:0.#} working hours")),
        (new("近7天/近30天受理", "Received, last 7/30 days"), new("按北京时间，含今天在内的7天（30天）内受理、现由该单位承办的诉求", "Received within the last 7 (30) Beijing calendar days, today included, and now handled by the unit")),
        (new("在办中位时长", "Median age of open"), new("在办诉求自受理起已过的天数的中位数", "Median number of days since receipt over the open requests")),
    ];
}
