using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Companies;

/// <summary>A request as company staff see it: the job, not the resident's phone (masked only).</summary>
public sealed record CompanyRequestRow(long Id, string TrackingNumber, RequestStatus Status, string CategoryZh, string CategoryEn, string Description,
    string? Address, string? ContactName, string? PhoneMasked, DateTime ReceivedAt, DateTime ResolutionDueAt, int Version);

/// <summary>
/// The queue of a company account: only requests routed to its own company, and the handling moves
/// on them (accept, start, resolve, return). A request of another company answers "not found".
/// </summary>
public sealed class CompanyWork(LinliDb db, TimeProvider clock)
{
    public static readonly IReadOnlyList<RequestAction> CompanyActions = [RequestAction.Accept, RequestAction.Start, RequestAction.Resolve, RequestAction.Return];

    public async Task<Result<IReadOnlyList<CompanyRequestRow>>> ListAsync(Caller caller, bool openOnly, CancellationToken ct = default)
    {
        if (await CompanyQueries.CompanyOfAsync(db, caller, ct) is not { } company)
        {
            return CompanyQueries.NotACompanyUser;
        }
        var open = RequestQueries.OpenStatuses;
        var rows = await Rows(db.ServiceRequests.Where(r => r.ServiceCompanyId == company && (!openOnly || open.Contains(r.Status)))
            .OrderBy(r => r.ResolutionDueAt).Take(500)).ToListAsync(ct);
        return rows;
    }

    public async Task<Result<CompanyRequestRow>> FindAsync(Caller caller, long id, CancellationToken ct = default)
    {
        if (await CompanyQueries.CompanyOfAsync(db, caller, ct) is not { } company)
        {
            return CompanyQueries.NotACompanyUser;
        }
        var row = await Rows(db.ServiceRequests.Where(r => r.Id == id && r.ServiceCompanyId == company)).FirstOrDefaultAsync(ct);
        return row is null ? RequestQueries.NotFound : row;
    }

    public async Task<Result<ServiceRequest>> MoveAsync(Caller caller, long id, RequestAction action, int version, string? note, CancellationToken ct = default)
    {
        if (await CompanyQueries.CompanyOfAsync(db, caller, ct) is not { } company)
        {
            return CompanyQueries.NotACompanyUser;
        }
        var request = await db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id && r.ServiceCompanyId == company, ct);
        if (request is null)
        {
            return RequestQueries.NotFound;
        }
        if (!CompanyActions.Contains(action))
        {
            var name = RequestActionNames.Of(action);
            return Failure.Forbidden($"加盟企业不能“{name.Zh}”", $"A service company may not “{name.En}”");
        }
        if (request.Version != version)
        {
            return Failure.ConcurrentEdit;
        }
        var applied = request.Apply(action, caller.Role, caller.Name, caller.UserId, note, clock.GetUtcNow().UtcDateTime);
        if (!applied.Ok)
        {
            return applied.Failure!;
        }
        if (action == RequestAction.Return)
        {
            // Given back to the dispatcher: it leaves the company's queue.
            request.ServiceCompanyId = null;
        }
        return await TransitionRequest.SaveAsync(db, request, ct);
    }

    private static IQueryable<CompanyRequestRow> Rows(IQueryable<ServiceRequest> query) =>
        query.Select(r => new CompanyRequestRow(r.Id, r.TrackingNumber, r.Status, r.Category!.NameZh, r.Category.NameEn, r.Description,
            r.Address, r.ContactName, r.PhoneMasked, r.ReceivedAt, r.ResolutionDueAt, r.Version));
}
