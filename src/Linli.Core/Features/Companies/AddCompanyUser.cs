using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Companies;

/// <summary>
/// Creates a login for a company's staff (role ServiceCompany) bound to that company. The account
/// hangs under the registering unit in the org tree (it needs one), but what it sees is fenced to
/// its company's requests (see CompanyFence in the web host and RequestQueries.VisibleTo).
/// </summary>
public sealed class AddCompanyUser(LinliDb db, CreateAccount accounts)
{
    public async Task<Result<LinliUser>> HandleAsync(Caller caller, long companyId, string? userName, string? displayName, string? password, CancellationToken ct = default)
    {
        if (!SaveServiceCompany.MayManage(caller.Role))
        {
            return Failure.Forbidden("当前角色不能维护加盟企业", "Your role may not manage service companies");
        }
        var company = await db.ServiceCompanies.AsNoTracking().Include(c => c.Areas).FirstOrDefaultAsync(c => c.Id == companyId, ct);
        if (company is null || !company.Areas.Any(a => caller.CanSee(a.PathPrefix)))
        {
            return CompanyQueries.NotFound;
        }
        if (!CompanyQueries.ManagesWholeArea(caller, company))
        {
            return CompanyQueries.ServesBeyondYourArea;
        }
        var unitCode = await db.OrgUnits.Where(o => o.Id == caller.OrgUnitId).Select(o => o.Code).FirstAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await accounts.HandleAsync(new CreateAccount.Command(userName ?? "", displayName ?? "", password ?? "", Role.ServiceCompany, unitCode), ct);
        if (created.Failure is { } failure)
        {
            return failure;
        }
        db.ServiceCompanyUsers.Add(new ServiceCompanyUser { UserId = created.Value!.Id, CompanyId = company.Id });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return created;
    }
}
