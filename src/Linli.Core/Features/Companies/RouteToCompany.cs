using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Companies;

public sealed record RouteToCompanyCommand(long RequestId, long CompanyId, int Version, string? Note = null);

/// <summary>
/// A dispatcher sends a request to a member service company (the "company" routing target): the
/// company must be active, serve the request's category (or its parent) and cover the place. The
/// move is the workflow's Route, recorded with the company's name; the handling unit stays as it
/// was, so the unit above can still urge and escalate.
/// </summary>
public sealed class RouteToCompany(LinliDb db, TimeProvider clock)
{
    public async Task<Result<ServiceRequest>> HandleAsync(Caller caller, RouteToCompanyCommand command, CancellationToken ct = default)
    {
        var request = await db.ServiceRequests.VisibleTo(caller).FirstOrDefaultAsync(r => r.Id == command.RequestId, ct);
        if (request is null)
        {
            return RequestQueries.NotFound;
        }
        if (request.Version != command.Version)
        {
            return Failure.ConcurrentEdit;
        }
        var company = await db.ServiceCompanies.AsNoTracking().Include(c => c.Categories).Include(c => c.Areas)
            .FirstOrDefaultAsync(c => c.Id == command.CompanyId && c.Active, ct);
        if (company is null)
        {
            return Failure.Invalid("company", "请选择在册且启用的加盟企业", "Choose an active registered service company");
        }
        var parent = await db.RequestCategories.Where(c => c.Id == request.CategoryId).Select(c => c.ParentId).FirstAsync(ct);
        if (!company.Categories.Any(c => c.CategoryId == request.CategoryId || c.CategoryId == parent))
        {
            return Failure.Invalid("company", $"“{company.Name}”不承接该类诉求", $"“{company.Name}” does not serve this category");
        }
        if (!company.Areas.Any(a => request.Path.StartsWith(a.PathPrefix, StringComparison.Ordinal)))
        {
            return Failure.Invalid("company", $"诉求发生地不在“{company.Name}”的服务区域内", $"The place is outside “{company.Name}”'s service area");
        }
        var note = $"派往加盟企业：{company.Name}" + (string.IsNullOrWhiteSpace(command.Note) ? "" : $"（{command.Note.Trim()}）");
        var applied = request.Apply(RequestAction.Route, caller.Role, caller.Name, caller.UserId, note, clock.GetUtcNow().UtcDateTime);
        if (!applied.Ok)
        {
            return applied.Failure!;
        }
        request.ServiceCompanyId = company.Id;
        request.SuggestedDuplicateOfId = null;
        return await TransitionRequest.SaveAsync(db, request, ct);
    }
}
