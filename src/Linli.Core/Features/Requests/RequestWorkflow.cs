using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Requests;

/// <summary>
/// One allowed move: the action, the states it may start from, where it leads (null: the status stays), and who may do it.
/// ByCallbackOnly: the move is the outcome of a callback record (回访: reached? resolved? satisfied?) and is never taken on its own.
/// </summary>
public sealed record TransitionRule(
    RequestAction Action,
    IReadOnlySet<RequestStatus> From,
    RequestStatus? To,
    IReadOnlySet<Role> Roles,
    bool BySweeper = false,
    bool NoteRequired = false,
    bool ByCallbackOnly = false);

/// <summary>
/// The request state machine as one explicit table (docs/requests.md prints it). Every move a
/// person or the deadline sweeper makes is checked here; anything not in the table is refused.
/// Scope (which unit may act on which request) is checked by the use cases, not here.
/// </summary>
public static class RequestWorkflow
{
    /// <summary>Send to a unit, re-send after a return, escalation or reopening, merge duplicates.</summary>
    public static readonly IReadOnlySet<Role> Dispatchers = new HashSet<Role> { Role.HotlineOperator, Role.CivilAffairs, Role.StreetOffice, Role.CommunityWorker };

    /// <summary>Units that sign for and handle requests.</summary>
    public static readonly IReadOnlySet<Role> Handlers = new HashSet<Role> { Role.CivilAffairs, Role.StreetOffice, Role.CommunityWorker, Role.GridWorker, Role.Department, Role.ServiceCompany };

    /// <summary>Supervise deadlines and talk to the resident afterwards (the 12345/81890 centre and the levels above).</summary>
    public static readonly IReadOnlySet<Role> Supervisors = new HashSet<Role> { Role.HotlineOperator, Role.CivilAffairs, Role.StreetOffice };

    private static readonly IReadOnlySet<RequestStatus> OpenStates = Enum.GetValues<RequestStatus>().Where(s => s.IsOpen()).ToHashSet();

    public static readonly IReadOnlyList<TransitionRule> Rules =
    [
        new(RequestAction.Route, Set(RequestStatus.Received, RequestStatus.Returned, RequestStatus.Escalated, RequestStatus.Reopened), RequestStatus.Routed, Dispatchers),
        new(RequestAction.Accept, Set(RequestStatus.Routed, RequestStatus.Escalated, RequestStatus.Reopened), RequestStatus.Accepted, Handlers),
        new(RequestAction.Start, Set(RequestStatus.Accepted), RequestStatus.InProgress, Handlers),
        new(RequestAction.Resolve, Set(RequestStatus.Accepted, RequestStatus.InProgress), RequestStatus.Resolved, Handlers, NoteRequired: true),
        new(RequestAction.Return, Set(RequestStatus.Routed, RequestStatus.Accepted), RequestStatus.Returned, Handlers, NoteRequired: true),
        new(RequestAction.Urge, OpenStates, null, Supervisors),
        new(RequestAction.Escalate, Set(RequestStatus.Received, RequestStatus.Routed, RequestStatus.Accepted, RequestStatus.InProgress, RequestStatus.Returned, RequestStatus.Reopened), RequestStatus.Escalated, Supervisors, BySweeper: true),
        // A satisfied callback calls it back; an unsatisfied one reopens it (不满意重办). Both come only from RecordCallback,
        // so the satisfaction rate sees every callback that moved a request.
        new(RequestAction.CallBack, Set(RequestStatus.Resolved), RequestStatus.CalledBack, Supervisors, ByCallbackOnly: true),
        new(RequestAction.Reopen, Set(RequestStatus.Resolved, RequestStatus.CalledBack), RequestStatus.Reopened, Supervisors, NoteRequired: true, ByCallbackOnly: true),
        // Resolved → Closed: the resident could not be reached at callback. Either way TransitionRequest
        // asks for a callback record made since the request was resolved.
        new(RequestAction.Close, Set(RequestStatus.CalledBack, RequestStatus.Resolved), RequestStatus.Closed, Supervisors),
        new(RequestAction.Merge, OpenStates, RequestStatus.Merged, Dispatchers),
    ];

    public static TransitionRule? RuleFor(RequestAction action) => Rules.FirstOrDefault(r => r.Action == action);

    /// <summary>
    /// Checks one move. <paramref name="role"/> null means the deadline sweeper. Returns the status
    /// after the move, or a failure that names the state and the action in Chinese and English.
    /// </summary>
    public static Result<RequestStatus> Check(RequestStatus from, RequestAction action, Role? role, string? note)
    {
        var rule = RuleFor(action);
        if (rule is null)
        {
            var name = RequestActionNames.Of(action);
            return Failure.Invalid("action", $"不能对诉求执行“{name.Zh}”", $"“{name.En}” is not an action on a request");
        }
        if (!rule.From.Contains(from))
        {
            var (state, name) = (RequestStatusNames.Of(from), RequestActionNames.Of(action));
            return Failure.Conflict($"诉求当前为“{state.Zh}”，不能“{name.Zh}”", $"A request that is {state.En.ToLowerInvariant()} cannot take “{name.En}”");
        }
        var allowed = role is { } r ? rule.Roles.Contains(r) : rule.BySweeper;
        if (!allowed)
        {
            var (who, name) = (role is { } r2 ? RoleNames.Of(r2) : new("系统", "The system"), RequestActionNames.Of(action));
            return Failure.Forbidden($"“{who.Zh}”角色不能“{name.Zh}”", $"{who.En} may not “{name.En}” a request");
        }
        if (rule.NoteRequired && string.IsNullOrWhiteSpace(note))
        {
            var name = RequestActionNames.Of(action);
            return Failure.Invalid("note", $"“{name.Zh}”须填写说明", $"“{name.En}” needs a note");
        }
        return rule.To ?? from;
    }

    /// <summary>The buttons a role gets on a request in <paramref name="status"/>.</summary>
    public static IReadOnlyList<RequestAction> AllowedActions(RequestStatus status, Role role) =>
        Rules.Where(r => r.From.Contains(status) && r.Roles.Contains(role)).Select(r => r.Action).ToList();

    /// <summary>A failure naming the action when it may only come out of a callback record; null otherwise.</summary>
    public static Failure? CallbackOnlyFailure(RequestAction action)
    {
        if (RuleFor(action) is not { ByCallbackOnly: true })
        {
            return null;
        }
        var name = RequestActionNames.Of(action);
        return Failure.Invalid("action",
            $"“{name.Zh}”须通过回访记录办理（是否联系上、是否解决、是否满意）",
            $"“{name.En}” is the outcome of a callback record: record the callback (reached? resolved? satisfied?)");
    }

    private static HashSet<RequestStatus> Set(params RequestStatus[] states) => [.. states];
}
