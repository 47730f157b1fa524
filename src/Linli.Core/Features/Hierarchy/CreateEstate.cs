using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>Records a housing estate (小区) in a community. Names are unique within the community.</summary>
public sealed class CreateEstate(LinliDb db)
{
    public async Task<Result<Estate>> HandleAsync(Caller caller, long communityId, string? name, CancellationToken ct = default)
    {
        var access = await StructureAccess.UnitForEditAsync(db, caller, communityId, ct);
        if (access.Value is not { } community)
        {
            return access.Failure!;
        }
        if (community.Kind != OrgUnitKind.Community)
        {
            return Failure.Invalid("parent", "小区只能建在社区（村）下", "Estates can only be created under a community");
        }
        var valid = UnitNames.Validate(name, UnitNames.Estate);
        if (valid.Value is not { } estateName)
        {
            return valid.Failure!;
        }
        var duplicate = UnitNames.Duplicate(UnitNames.Estate, estateName, community.Name);
        if (await db.Estates.AnyAsync(e => e.CommunityId == community.Id && e.Name == estateName, ct))
        {
            return duplicate;
        }
        var estate = new Estate { CommunityId = community.Id, Name = estateName };
        db.Estates.Add(estate);
        return await StructureAccess.SaveAsync(db, duplicate, ct) is { } failure ? failure : estate;
    }
}
