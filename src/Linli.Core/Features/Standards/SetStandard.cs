using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Standards;

/// <summary>
/// Sets or overrides a standard at an org unit from a date (设定/覆盖标准). The value in force
/// until then at the same unit is closed the day before, so history stays answerable.
/// Only the civil-affairs bureau and administrators, and only inside their own area.
/// </summary>
public sealed class SetStandard(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string UnitCode, string Key, decimal? Value, decimal? MaxValue, DateOnly? ValidFrom, DateOnly? ValidTo, string? Source);

    public static bool MaySet(Role role) => role is Role.CivilAffairs or Role.SystemAdmin;

    public async Task<Result<PolicyStandard>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!MaySet(caller.Role))
        {
            return Failure.Forbidden("当前角色不能设定标准", "Your role may not set standards");
        }
        if (StandardCatalog.Find(command.Key) is null)
        {
            return Failure.Invalid("key", "请选择标准项目", "Choose which standard to set");
        }
        if (command.Value is not { } value || value <= 0)
        {
            return Failure.Invalid("value", "标准值应为大于0的数", "The value must be a number above 0");
        }
        if (command.MaxValue is { } max && max < value)
        {
            return Failure.Invalid("maxValue", "上限不能小于标准值", "The upper end cannot be below the value");
        }
        if (command.ValidFrom is not { } from)
        {
            return Failure.Invalid("validFrom", "请填写生效日期", "Enter the date the value takes effect");
        }
        if (command.ValidTo is { } to && to < from)
        {
            return Failure.Invalid("validTo", "失效日期不能早于生效日期", "The end date cannot be before the start date");
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == command.UnitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.Invalid("unit", $"组织代码 {command.UnitCode} 不存在或不在您的管辖范围内", $"Org unit {command.UnitCode} does not exist or is outside your area");
        }

        var sameUnit = await db.PolicyStandards.Where(s => s.Path == unit.Path && s.Key == command.Key).ToListAsync(ct);
        if (sameUnit.FirstOrDefault(s => s.ValidFrom > from) is { } later)
        {
            return Failure.Conflict($"该单位已设定自 {later.ValidFrom:yyyy-MM-dd} 起的新值，请修改那一条", $"A later value from {later.ValidFrom:yyyy-MM-dd} is already set at this unit; change that one");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var row = sameUnit.FirstOrDefault(s => s.ValidFrom == from);
        if (row is null)
        {
            foreach (var open in sameUnit.Where(s => s.ValidTo is null || s.ValidTo >= from))
            {
                open.ValidTo = from.AddDays(-1);
            }
            row = new PolicyStandard { Key = command.Key, Path = unit.Path, OrgUnitId = unit.Id, ValidFrom = from, CreatedAt = now, CreatedBy = caller.Name };
            db.PolicyStandards.Add(row);
        }
        (row.Value, row.MaxValue, row.ValidTo, row.Source) = (value, command.MaxValue, command.ValidTo, command.Source?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Applies a shipped preset (value and citation) at a unit from a date.</summary>
    public Task<Result<PolicyStandard>> ApplyPresetAsync(Caller caller, string presetId, string unitCode, DateOnly? from, CancellationToken ct = default) =>
        StandardPresets.Find(presetId) is { } preset
            ? HandleAsync(caller, new(unitCode, preset.Key, preset.Value, preset.MaxValue, from, null, preset.UsedBy.Zh), ct)
            : Task.FromResult<Result<PolicyStandard>>(Failure.Invalid("preset", "未知的预设标准", "Unknown preset"));
}
