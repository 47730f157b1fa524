using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Requests;

public static class RequestQueries
{
    public static readonly RequestStatus[] OpenStatuses = Enum.GetValues<RequestStatus>().Where(s => s.IsOpen()).ToArray();

    /// <summary>
    /// Requests a caller may see: placed in their subtree, or assigned to a unit in it (a department
    /// sees what was routed to it wherever it is). Both are indexed ordinal ranges on the paths.
    /// </summary>
    public static IQueryable<ServiceRequest> VisibleTo(this IQueryable<ServiceRequest> query, Caller caller)
    {
        if (caller.Role == Role.ServiceCompany) { return query.Where(_ => false); } // company staff: only Features/Companies' queue
        if (caller.Scope.Value.Length == 0)
        {
            return query;
        }
        var lo = caller.Scope.Value;
        var hi = caller.Scope.End;
#pragma warning disable CA1309, CA1310 // CompareTo is what EF translates to >= / <; the columns use "C" collation.
        return query.Where(r => (r.Path.CompareTo(lo) >= 0 && r.Path.CompareTo(hi) < 0)
            || (r.AssignedPath != null && r.AssignedPath.CompareTo(lo) >= 0 && r.AssignedPath.CompareTo(hi) < 0));
#pragma warning restore CA1309, CA1310
    }

    /// <summary>The caller's unit (or a unit below it) is the handling unit.</summary>
    public static bool IsAssignedWithin(this ServiceRequest request, Caller caller) =>
        request.AssignedPath is { } assigned && caller.CanSee(assigned);

    /// <summary>Past its resolution due time and still open, or past its response time and not yet signed for.</summary>
    public static bool IsOverdue(this ServiceRequest r, DateTime now) =>
        r.Status.IsOpen() && (r.ResolutionDueAt < now || (r.RespondedAt is null && r.ResponseDueAt < now));

    /// <summary>Who may see a request's full phone number (after stating a purpose; audit-logged).</summary>
    public static bool MayDisclosePhone(Role role) =>
        role is Role.HotlineOperator or Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker or Role.GridWorker;

    public static readonly Failure NotFound = Failure.NotFound("未找到该诉求或不在您的管辖范围内", "Request not found or outside your area");
}
