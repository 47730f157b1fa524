using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>The checks every structure change starts with: the role may edit, and the unit is in the caller's subtree.</summary>
internal static class StructureAccess
{
    public static readonly Failure NotFound = Failure.NotFound("未找到该组织", "Org unit not found");

    public static async Task<Result<OrgUnit>> UnitForEditAsync(LinliDb db, Caller caller, long unitId, CancellationToken ct)
    {
        if (!caller.Role.CanEditStructure())
        {
            return Failure.Forbidden("当前角色不能修改网格、小区和楼栋", "Your role may not change grids, estates and buildings");
        }
        var unit = await db.OrgUnits.FirstOrDefaultAsync(o => o.Id == unitId, ct);
        return unit is not null && caller.CanSee(unit.Path) ? unit : NotFound;
    }

    /// <summary>Two saves racing past the duplicate check meet the unique index; report it as the duplicate it is.</summary>
    public static async Task<Failure?> SaveAsync(LinliDb db, Failure duplicate, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
        catch (DbUpdateException)
        {
            return duplicate;
        }
    }
}
