using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>Renames an estate (小区); names stay unique within the community.</summary>
public sealed class RenameEstate(LinliDb db)
{
    public async Task<Result<Estate>> HandleAsync(Caller caller, long estateId, string? name, CancellationToken ct = default)
    {
        var estate = await db.Estates.FirstOrDefaultAsync(e => e.Id == estateId, ct);
        if (estate is null)
        {
            return Failure.NotFound("未找到该小区", "Estate not found");
        }
        var access = await StructureAccess.UnitForEditAsync(db, caller, estate.CommunityId, ct);
        if (access.Value is not { } community)
        {
            return access.Failure == StructureAccess.NotFound ? Failure.NotFound("未找到该小区", "Estate not found") : access.Failure!;
        }
        var valid = UnitNames.Validate(name, UnitNames.Estate);
        if (valid.Value is not { } newName)
        {
            return valid.Failure!;
        }
        var duplicate = UnitNames.Duplicate(UnitNames.Estate, newName, community.Name);
        if (await db.Estates.AnyAsync(e => e.CommunityId == estate.CommunityId && e.Name == newName && e.Id != estate.Id, ct))
        {
            return duplicate;
        }
        estate.Name = newName;
        return await StructureAccess.SaveAsync(db, duplicate, ct) is { } failure ? failure : estate;
    }
}
