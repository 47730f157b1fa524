using Linli.Core.Common;
using Linli.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Accounts;

/// <summary>Creates an account bound to an org unit (by code): `linli users create`, the demo seed, the accounts page.</summary>
public sealed class CreateAccount(LinliDb db, UserManager<LinliUser> users, TimeProvider clock)
{
    public sealed record Command(string UserName, string DisplayName, string Password, Role Role, string OrgUnitCode, bool IsDemo = false);

    /// <summary>From the accounts page: only account managers, and only inside their own subtree.</summary>
    public async Task<Result<LinliUser>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!caller.Role.CanManageAccounts())
        {
            return Failure.Forbidden("当前角色不能管理账号", "Your role may not manage accounts");
        }
        var path = await db.OrgUnits.AsNoTracking().Where(o => o.Code == command.OrgUnitCode).Select(o => o.Path).FirstOrDefaultAsync(ct);
        if (path is not null && !caller.CanSee(path))
        {
            return Failure.Invalid("orgUnit", $"组织代码 {command.OrgUnitCode} 不在您的管辖范围内", $"Org unit {command.OrgUnitCode} is outside your area");
        }
        return await HandleAsync(command, ct);
    }

    /// <summary>Trusted callers: the CLI (run by the operator) and the demo seed.</summary>
    public async Task<Result<LinliUser>> HandleAsync(Command command, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(command.UserName))
        {
            return Failure.Invalid("userName", "用户名不能为空", "User name is required");
        }
        if (string.IsNullOrWhiteSpace(command.DisplayName))
        {
            return Failure.Invalid("displayName", "姓名不能为空", "Display name is required");
        }
        if (!Enum.IsDefined(command.Role))
        {
            return Failure.Invalid("role", "角色无效", "Unknown role");
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == command.OrgUnitCode, ct);
        if (unit is null)
        {
            return Failure.Invalid("orgUnit", $"组织代码 {command.OrgUnitCode} 不存在，请先导入区划", $"Org unit {command.OrgUnitCode} does not exist; import divisions first");
        }
        if (await users.FindByNameAsync(command.UserName) is not null)
        {
            return Failure.Conflict($"用户名 {command.UserName} 已存在", $"User name {command.UserName} is taken");
        }
        var user = new LinliUser
        {
            UserName = command.UserName,
            DisplayName = command.DisplayName.Trim(),
            Role = command.Role,
            OrgUnitId = unit.Id,
            IsDemo = command.IsDemo,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            var error = created.Errors.First();
            return error.Code.StartsWith("Password", StringComparison.Ordinal)
                ? Failure.Invalid("password", "密码至少 8 位且包含数字", "The password needs at least 8 characters including a digit")
                : Failure.Invalid("userName", $"无法创建账号：{error.Description}", $"Cannot create the account: {error.Description}");
        }
        return user;
    }
}
