using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Catalogue;

public static class ApplicationQueries
{
    public static readonly Failure NotFound = Failure.NotFound("未找到该办件或不在您的管辖范围内", "Application not found or outside your area");

    /// <summary>
    /// Applications a caller may see: the applicant's community is in their subtree, or the handling
    /// unit is (a district handles for every street below it). Both are indexed ranges on the paths.
    /// </summary>
    public static IQueryable<ServiceApplication> VisibleTo(this IQueryable<ServiceApplication> query, Caller caller)
    {
        if (caller.Role is Role.ServiceCompany or Role.AdmissionReviewer or Role.SystemAdmin)
        {
            return query.Where(_ => false);
        }
        if (caller.Scope.Value.Length == 0)
        {
            return query;
        }
        var lo = caller.Scope.Value;
        var hi = caller.Scope.End;
#pragma warning disable CA1309, CA1310 // CompareTo is what EF translates to >= / <; the columns use "C" collation.
        return query.Where(a => (a.Path.CompareTo(lo) >= 0 && a.Path.CompareTo(hi) < 0)
            || (a.HandlingPath.CompareTo(lo) >= 0 && a.HandlingPath.CompareTo(hi) < 0));
#pragma warning restore CA1309, CA1310
    }
}
