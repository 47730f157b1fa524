using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// The legal moves of an application: submitted → accepted → (needs materials ↔ resubmitted) →
/// approved, or rejected (with a reason) from any open state but "needs materials" (the resident
/// has the move there). Asking for materials also needs a note saying which.
/// </summary>
public static class ApplicationWorkflow
{
    private static readonly Dictionary<(ApplicationStatus, ApplicationAction), ApplicationStatus> Moves = new()
    {
        [(ApplicationStatus.Submitted, ApplicationAction.Accept)] = ApplicationStatus.Accepted,
        [(ApplicationStatus.Submitted, ApplicationAction.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.Accepted, ApplicationAction.RequestMaterials)] = ApplicationStatus.NeedsMaterials,
        [(ApplicationStatus.Accepted, ApplicationAction.Approve)] = ApplicationStatus.Approved,
        [(ApplicationStatus.Accepted, ApplicationAction.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.NeedsMaterials, ApplicationAction.Resubmit)] = ApplicationStatus.Resubmitted,
        [(ApplicationStatus.Resubmitted, ApplicationAction.RequestMaterials)] = ApplicationStatus.NeedsMaterials,
        [(ApplicationStatus.Resubmitted, ApplicationAction.Approve)] = ApplicationStatus.Approved,
        [(ApplicationStatus.Resubmitted, ApplicationAction.Reject)] = ApplicationStatus.Rejected,
    };

    /// <summary>Staff who take applications in at the window and handle them.</summary>
    public static bool Handles(Role role) =>
        role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker or Role.GridWorker or Role.HotlineOperator;

    /// <summary>Catalogue administrators.</summary>
    public static bool EditsCatalogue(Role role) => role is Role.SystemAdmin or Role.CivilAffairs;

    public static IEnumerable<ApplicationAction> AllowedFrom(ApplicationStatus status) =>
        Moves.Keys.Where(k => k.Item1 == status).Select(k => k.Item2);

    public static Result<ApplicationStatus> Check(ApplicationStatus from, ApplicationAction action, string? note)
    {
        if (!Moves.TryGetValue((from, action), out var to))
        {
            var (f, a) = (ApplicationNames.Of(from), ApplicationNames.Of(action));
            return Failure.Conflict($"办件当前为“{f.Zh}”，不能“{a.Zh}”", $"The application is “{f.En}”; it cannot be “{a.En}”");
        }
        if (action is ApplicationAction.Reject or ApplicationAction.RequestMaterials && (note?.Trim().Length ?? 0) < 2)
        {
            return action == ApplicationAction.Reject
                ? Failure.Invalid("note", "不予受理须写明理由", "State the reason for rejecting it")
                : Failure.Invalid("note", "请写明需要补正的材料", "State which materials are missing");
        }
        return to;
    }
}
