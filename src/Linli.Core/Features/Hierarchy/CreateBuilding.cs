using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Adds a building (楼栋) under a community or one of its grids, optionally in one of the
/// community's estates. "1号楼" may exist once per estate, so the name is unique per parent and estate.
/// </summary>
public sealed class CreateBuilding(LinliDb db)
{
    public async Task<Result<OrgUnit>> HandleAsync(Caller caller, long parentId, string? name, long? estateId, CancellationToken ct = default)
    {
        var access = await StructureAccess.UnitForEditAsync(db, caller, parentId, ct);
        if (access.Value is not { } parent)
        {
            return access.Failure!;
        }
        if (parent.Kind is not (OrgUnitKind.Community or OrgUnitKind.Grid))
        {
            return Failure.Invalid("parent", "楼栋只能建在社区（村）或网格下", "Buildings can only be created under a community or a grid");
        }
        var valid = UnitNames.Validate(name, UnitNames.Building);
        if (valid.Value is not { } buildingName)
        {
            return valid.Failure!;
        }
        var communityId = parent.Kind == OrgUnitKind.Community ? parent.Id : parent.ParentId!.Value;
        Estate? estate = null;
        if (estateId is { } id)
        {
            estate = await db.Estates.FirstOrDefaultAsync(e => e.Id == id && e.CommunityId == communityId, ct);
            if (estate is null)
            {
                return Failure.Invalid("estateId", "所选小区不属于本社区", "The chosen estate is not in this community");
            }
        }
        var duplicate = UnitNames.Duplicate(UnitNames.Building, buildingName, estate?.Name ?? parent.Name);
        if (await db.OrgUnits.AnyAsync(o => o.ParentId == parent.Id && o.Kind == OrgUnitKind.Building && o.Name == buildingName && o.EstateId == estateId, ct))
        {
            return duplicate;
        }
        var building = ChildCodes.NewChild(parent, OrgUnitKind.Building, await ChildCodes.NextAsync(db, parent, OrgUnitKind.Building, ct), buildingName, estate?.Id);
        db.OrgUnits.Add(building);
        return await StructureAccess.SaveAsync(db, duplicate, ct) is { } failure ? failure : building;
    }
}
