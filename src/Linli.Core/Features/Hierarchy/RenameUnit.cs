using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Renames a grid or a building. Divisions from province to committee carry their official NBS
/// names and change only with a new division import.
/// </summary>
public sealed class RenameUnit(LinliDb db)
{
    public async Task<Result<OrgUnit>> HandleAsync(Caller caller, long unitId, string? name, CancellationToken ct = default)
    {
        var access = await StructureAccess.UnitForEditAsync(db, caller, unitId, ct);
        if (access.Value is not { } unit)
        {
            return access.Failure!;
        }
        if (unit.Kind is not (OrgUnitKind.Grid or OrgUnitKind.Building))
        {
            return Failure.Invalid("name", "省至社区的名称来自国家统计局区划，不能在此修改", "Names from province to community are the official NBS names and cannot be changed here");
        }
        var noun = unit.Kind == OrgUnitKind.Grid ? UnitNames.Grid : UnitNames.Building;
        var valid = UnitNames.Validate(name, noun);
        if (valid.Value is not { } newName)
        {
            return valid.Failure!;
        }
        var parentName = await db.OrgUnits.Where(o => o.Id == unit.ParentId).Select(o => o.Name).FirstAsync(ct);
        var duplicate = UnitNames.Duplicate(noun, newName, parentName);
        if (await db.OrgUnits.AnyAsync(o => o.ParentId == unit.ParentId && o.Kind == unit.Kind && o.EstateId == unit.EstateId && o.Name == newName && o.Id != unit.Id, ct))
        {
            return duplicate;
        }
        unit.Name = newName;
        return await StructureAccess.SaveAsync(db, duplicate, ct) is { } failure ? failure : unit;
    }
}
