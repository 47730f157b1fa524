using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Companies;

/// <summary>Callback figures of a company: of the residents reached, how many said resolved and satisfied.</summary>
public sealed record CompanyRating(int Requests, int Open, int Reached, int Resolved, int Satisfied)
{
    public double? ResolutionRate => Reached == 0 ? null : (double)Resolved / Reached;
    public double? SatisfactionRate => Reached == 0 ? null : (double)Satisfied / Reached;
}

public sealed record CompanySummary(ServiceCompany Company, IReadOnlyList<string> CategoryCodes, CompanyRating Rating);

public static class CompanyQueries
{
    public static readonly Failure NotFound = Failure.NotFound("未找到该加盟企业或不在您的管辖范围内", "Service company not found or outside your area");

    public static readonly Failure ServesBeyondYourArea = Failure.Forbidden(
        "该企业的服务区域超出您的管辖范围，只能由覆盖其全部服务区域的上级单位修改", "This company serves areas beyond yours; only a unit covering its whole service area may change it");

    /// <summary>
    /// Seeing one of a company's areas lets a street office route to it, but changing it (its areas,
    /// prices, logins) needs every area inside the caller's subtree: a street must not drop another
    /// street's area or create a login that sees requests there.
    /// </summary>
    public static bool ManagesWholeArea(Caller caller, ServiceCompany company) => company.Areas.All(a => caller.CanSee(a.PathPrefix));

    public static readonly Failure NotACompanyUser = Failure.Forbidden("仅加盟企业账号可用", "Only service-company accounts may do this");

    /// <summary>The company a ServiceCompany account is bound to; null for anyone else.</summary>
    public static async Task<long?> CompanyOfAsync(LinliDb db, Caller caller, CancellationToken ct) =>
        caller.Role != Role.ServiceCompany ? null
            : await db.ServiceCompanyUsers.Where(u => u.UserId == caller.UserId).Select(u => (long?)u.CompanyId).FirstOrDefaultAsync(ct);

    /// <summary>Companies serving somewhere in the caller's area (an area prefix inside it, or the caller inside an area).</summary>
    public static async Task<IReadOnlyList<CompanySummary>> ListAsync(LinliDb db, Caller caller, CancellationToken ct)
    {
        var companies = await db.ServiceCompanies.AsNoTracking().Include(c => c.Areas).Include(c => c.Prices).Include(c => c.Categories)
            .OrderBy(c => c.Name).ToListAsync(ct);
        var visible = companies.Where(c => c.Areas.Any(a => caller.CanSee(a.PathPrefix) || caller.Scope.Value.StartsWith(a.PathPrefix, StringComparison.Ordinal))).ToList();
        var ids = visible.Select(c => c.Id).ToList();
        var codes = await db.RequestCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        var ratings = await RatingsAsync(db, ids, ct);
        return visible.Select(c => new CompanySummary(c, c.Categories.Select(x => codes[x.CategoryId]).Order().ToList(),
            ratings.GetValueOrDefault(c.Id, new CompanyRating(0, 0, 0, 0, 0)))).ToList();
    }

    /// <summary>
    /// Active companies a request may be routed to: serving its category or that category's parent,
    /// with a service area that covers the place — the same test <see cref="RouteToCompany"/> applies.
    /// </summary>
    public static async Task<IReadOnlyList<ServiceCompany>> MatchingAsync(LinliDb db, ServiceRequest request, CancellationToken ct)
    {
        var parent = await db.RequestCategories.Where(c => c.Id == request.CategoryId).Select(c => c.ParentId).FirstOrDefaultAsync(ct);
        var companies = await db.ServiceCompanies.AsNoTracking().Include(c => c.Areas).Include(c => c.Prices)
            .Where(c => c.Active && c.Categories.Any(x => x.CategoryId == request.CategoryId || x.CategoryId == parent))
            .OrderBy(c => c.Name).ToListAsync(ct);
        return companies.Where(c => c.Areas.Any(a => request.Path.StartsWith(a.PathPrefix, StringComparison.Ordinal))).ToList();
    }

    /// <summary>Per company: its requests, the open ones, and the callbacks in which the resident was reached.</summary>
    public static async Task<Dictionary<long, CompanyRating>> RatingsAsync(LinliDb db, IReadOnlyList<long> companyIds, CancellationToken ct)
    {
        var open = RequestQueries.OpenStatuses;
        var requests = await db.ServiceRequests.Where(r => r.ServiceCompanyId != null && companyIds.Contains(r.ServiceCompanyId.Value))
            .GroupBy(r => r.ServiceCompanyId!.Value)
            .Select(g => new { g.Key, Total = g.Count(), Open = g.Count(r => open.Contains(r.Status)) })
            .ToListAsync(ct);
        var callbacks = await db.RequestCallbacks.Where(c => c.Reached)
            .Join(db.ServiceRequests.Where(r => r.ServiceCompanyId != null && companyIds.Contains(r.ServiceCompanyId.Value)),
                c => c.RequestId, r => r.Id, (c, r) => new { Company = r.ServiceCompanyId!.Value, c.Resolved, c.Satisfied })
            .GroupBy(x => x.Company)
            .Select(g => new { g.Key, Reached = g.Count(), Resolved = g.Count(x => x.Resolved == true), Satisfied = g.Count(x => x.Satisfied == true) })
            .ToListAsync(ct);
        return requests.ToDictionary(r => r.Key, r =>
        {
            var cb = callbacks.FirstOrDefault(c => c.Key == r.Key);
            return new CompanyRating(r.Total, r.Open, cb?.Reached ?? 0, cb?.Resolved ?? 0, cb?.Satisfied ?? 0);
        });
    }
}
