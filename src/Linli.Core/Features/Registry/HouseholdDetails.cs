using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>A household with its address and members (current first), as the caller may see it.</summary>
public sealed class HouseholdDetails(LinliDb db)
{
    public sealed record Member(long Id, string Name, string DocumentMasked, string RelationToHead, ResidentStatus Status, bool IsHead);

    public sealed record Details(long Id, long CommunityId, string CommunityName, string? GridName, string? EstateName, string? BuildingName,
        string Entrance, string Room, string Address, HousingStatus HousingStatus, long? HeadResidentId, int Version, IReadOnlyList<Member> Members, bool CanEdit);

    public async Task<Result<Details>> HandleAsync(Caller caller, long householdId, CancellationToken ct = default)
    {
        var h = await db.Households.AsNoTracking().Include(x => x.Grid).Include(x => x.Estate).Include(x => x.Building)
            .Under(caller.Scope).FirstOrDefaultAsync(x => x.Id == householdId, ct);
        if (h is null)
        {
            return RegistryRules.HouseholdNotFound;
        }
        var community = await db.OrgUnits.Where(o => o.Id == h.CommunityId).Select(o => o.Name).FirstAsync(ct);
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == h.Id)
            .OrderBy(r => r.Status).ThenBy(r => r.Id)
            .Select(r => new Member(r.Id, r.Name, r.DocumentMasked, r.RelationToHead, r.Status, r.Id == h.HeadResidentId))
            .ToListAsync(ct);
        var contact = caller.Role.SeesContactFields();
        return new Details(h.Id, h.CommunityId, community, h.Grid?.Name, h.Estate?.Name, h.Building?.Name, h.Entrance, contact ? h.Room : "***",
            RegistryRules.AddressLine(h.Estate?.Name, h.Building?.Name, h.Entrance, h.Room, contact),
            h.HousingStatus, h.HeadResidentId, h.Version, members, caller.Role.CanEditRegistry());
    }
}
