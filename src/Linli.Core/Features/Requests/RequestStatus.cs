using Linli.Core.Common;

namespace Linli.Core.Features.Requests;

/// <summary>Where a citizen request (诉求) stands. Numbers are stored; never renumber.</summary>
public enum RequestStatus
{
    Received = 1,   // 已受理: taken in, not yet sent to a handling unit
    Routed = 2,     // 已派单: sent to a unit, waiting for it to sign for it
    Accepted = 3,   // 已签收: the unit took it on (this is the "response")
    InProgress = 4, // 办理中
    Resolved = 5,   // 已办结: the unit reported a result
    CalledBack = 6, // 已回访: the resident was asked and was satisfied
    Closed = 7,     // 已归档
    Returned = 8,   // 已退回: misrouted, back to the router with a reason
    Escalated = 9,  // 已升级: overdue or stuck, moved one level up the org tree
    Reopened = 10,  // 重办: not satisfied at callback (不满意重办)
    Merged = 11,    // 已合并: a duplicate folded into another request
}

public static class RequestStatusNames
{
    public static Bilingual Of(RequestStatus status) => status switch
    {
        RequestStatus.Received => new("已受理", "Received"),
        RequestStatus.Routed => new("已派单", "Routed"),
        RequestStatus.Accepted => new("已签收", "Accepted"),
        RequestStatus.InProgress => new("办理中", "In progress"),
        RequestStatus.Resolved => new("已办结", "Resolved"),
        RequestStatus.CalledBack => new("已回访", "Called back"),
        RequestStatus.Closed => new("已归档", "Closed"),
        RequestStatus.Returned => new("已退回", "Returned"),
        RequestStatus.Escalated => new("已升级", "Escalated"),
        RequestStatus.Reopened => new("重办", "Reopened"),
        RequestStatus.Merged => new("已合并", "Merged"),
        _ => new(status.ToString(), status.ToString()),
    };

    /// <summary>Still needs handling: counts towards queues, duplicates and deadlines.</summary>
    public static bool IsOpen(this RequestStatus status) =>
        status is not (RequestStatus.Resolved or RequestStatus.CalledBack or RequestStatus.Closed or RequestStatus.Merged);
}
