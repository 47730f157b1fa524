using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>Finds and sets up review groups (准入审核组).</summary>
public sealed class ReviewGroups(LinliDb db)
{
    /// <summary>The group that reviews work for a unit: the one at its deepest ancestor-or-self.</summary>
    public async Task<ReviewGroup?> ForPathAsync(string unitPath, CancellationToken ct = default)
    {
        var ancestors = StandardSet.AncestorPaths(unitPath);
        var groups = await db.ReviewGroups.AsNoTracking().Include(g => g.Members).Where(g => ancestors.Contains(g.Path)).ToListAsync(ct);
        return groups.OrderByDescending(g => g.Path.Length).FirstOrDefault();
    }

    public async Task<ReviewGroup?> ByIdAsync(long id, CancellationToken ct = default) =>
        await db.ReviewGroups.AsNoTracking().Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct);

    public sealed record Command(string? UnitCode, string? Name, DecisionRule Rule, IReadOnlyList<string> MemberUserNames, string? ChairUserName);

    /// <summary>Creates or replaces the group at a unit: its rule, members and chair (administrators and the civil-affairs bureau).</summary>
    public async Task<Result<ReviewGroup>> SetUpAsync(Caller? caller, Command command, CancellationToken ct = default)
    {
        if (caller is not null && caller.Role is not (Role.SystemAdmin or Role.CivilAffairs))
        {
            return Failure.Forbidden("当前角色不能设置准入审核组", "Your role may not set up review groups");
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == (command.UnitCode ?? "").Trim(), ct);
        if (unit is null || (caller is not null && !caller.CanSee(unit.Path)))
        {
            return Failure.Invalid("unitCode", $"单位代码 {command.UnitCode} 不存在或不在您的管辖范围内", $"Unit {command.UnitCode} does not exist or is outside your area");
        }
        if (!Enum.IsDefined(command.Rule))
        {
            return Failure.Invalid("rule", "议事规则无效", "Unknown decision rule");
        }
        if (command.MemberUserNames.Count == 0)
        {
            return Failure.Invalid("members", "审核组至少要有一名成员", "The group needs at least one member");
        }
        var users = await db.Users.AsNoTracking().Where(u => command.MemberUserNames.Contains(u.UserName!)).ToListAsync(ct);
        if (command.MemberUserNames.FirstOrDefault(n => users.All(u => u.UserName != n)) is { } missing)
        {
            return Failure.Invalid("members", $"账号 {missing} 不存在", $"Account {missing} does not exist");
        }
        if (users.All(u => u.UserName != command.ChairUserName))
        {
            return Failure.Invalid("chair", "组长必须是审核组成员", "The chair must be a member of the group");
        }
        var group = await db.ReviewGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Path == unit.Path, ct);
        if (group is null)
        {
            group = new ReviewGroup { OrgUnitId = unit.Id, Path = unit.Path, Name = "" };
            db.ReviewGroups.Add(group);
        }
        group.Name = string.IsNullOrWhiteSpace(command.Name) ? $"{unit.Name}社区工作事项准入审核领导小组" : command.Name.Trim();
        group.Rule = command.Rule;
        group.Members.Clear();
        group.Members.AddRange(users.Select(u => new ReviewMember { UserId = u.Id, Name = u.DisplayName, IsChair = u.UserName == command.ChairUserName }));
        await db.SaveChangesAsync(ct);
        return group;
    }
}
