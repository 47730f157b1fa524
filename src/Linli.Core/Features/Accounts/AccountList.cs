using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Accounts;

/// <summary>Accounts bound to org units inside the caller's subtree, for the accounts page.</summary>
public sealed class AccountList(LinliDb db)
{
    public sealed record Row(string Id, string UserName, string DisplayName, Role Role, string UnitCode, string UnitName, bool Locked, bool IsDemo, DateTime CreatedAt);

    public async Task<Result<IReadOnlyList<Row>>> HandleAsync(Caller caller, DateTimeOffset now, CancellationToken ct = default)
    {
        if (!caller.Role.CanManageAccounts())
        {
            return Failure.Forbidden("当前角色不能管理账号", "Your role may not manage accounts");
        }
        var rows = await (
                from user in db.Users.AsNoTracking()
                join unit in db.OrgUnits.Under(caller.Scope) on user.OrgUnitId equals unit.Id
                orderby unit.Path, user.UserName
                select new { user, unit.Code, unit.Name })
            .ToListAsync(ct);
        return rows.Select(r => new Row(r.user.Id, r.user.UserName!, r.user.DisplayName, r.user.Role, r.Code, r.Name,
                r.user.LockoutEnd is { } end && end > now, r.user.IsDemo, r.user.CreatedAt))
            .ToList();
    }
}
