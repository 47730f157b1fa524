using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>Divides a community into a new grid (网格). Names are unique within the community.</summary>
public sealed class CreateGrid(LinliDb db)
{
    public async Task<Result<OrgUnit>> HandleAsync(Caller caller, long communityId, string? name, CancellationToken ct = default)
    {
        var access = await StructureAccess.UnitForEditAsync(db, caller, communityId, ct);
        if (access.Value is not { } community)
        {
            return access.Failure!;
        }
        if (community.Kind != OrgUnitKind.Community)
        {
            return Failure.Invalid("parent", "网格只能建在社区（村）下", "Grids can only be created under a community");
        }
        var valid = UnitNames.Validate(name, UnitNames.Grid);
        if (valid.Value is not { } gridName)
        {
            return valid.Failure!;
        }
        var duplicate = UnitNames.Duplicate(UnitNames.Grid, gridName, community.Name);
        if (await db.OrgUnits.AnyAsync(o => o.ParentId == community.Id && o.Kind == OrgUnitKind.Grid && o.Name == gridName, ct))
        {
            return duplicate;
        }
        var grid = ChildCodes.NewChild(community, OrgUnitKind.Grid, await ChildCodes.NextAsync(db, community, OrgUnitKind.Grid, ct), gridName, null);
        db.OrgUnits.Add(grid);
        return await StructureAccess.SaveAsync(db, duplicate, ct) is { } failure ? failure : grid;
    }
}
