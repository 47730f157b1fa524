using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// The one-person-one-record rule (一人一档). A document number already in the registry is never
/// registered again: a person who moved out is moved back in; one still active elsewhere becomes
/// an <see cref="IdentityConflict"/> that both communities' supervisors see.
/// </summary>
public static class DocumentClaims
{
    public static Failure ActiveHere(Resident existing) => Failure.Conflict(
        $"该证件号码已登记为本社区居民（{existing.Name}）", $"This document number is already registered here ({existing.Name})");

    public static Failure Deceased() => Failure.Conflict(
        "该证件号码对应的居民已登记死亡，如有误请先更正", "This document number belongs to a person recorded as deceased; correct that record first");

    public static Failure ActiveElsewhere(string communityName) => Failure.Conflict(
        $"该证件号码已在{communityName}登记，已记录为重复登记冲突，请双方社区核实",
        $"This document number is already registered in {communityName}; a conflict has been recorded for both communities to resolve");

    /// <summary>Records (once) that <paramref name="claiming"/> tried to register a person active elsewhere.</summary>
    public static async Task<Failure> RecordConflictAsync(LinliDb db, Resident existing, OrgUnit claiming, string claimedName, string source, string actor, DateTime now, CancellationToken ct)
    {
        var community = await db.OrgUnits.Where(o => o.Id == existing.CommunityId).Select(o => o.Name).FirstAsync(ct);
        var already = await db.IdentityConflicts.AnyAsync(c => c.ExistingResidentId == existing.Id && c.ClaimingCommunityId == claiming.Id && !c.Resolved, ct);
        if (!already)
        {
            db.IdentityConflicts.Add(new IdentityConflict
            {
                ExistingResidentId = existing.Id,
                ExistingCommunityId = existing.CommunityId,
                ExistingPath = existing.Path,
                ClaimingCommunityId = claiming.Id,
                ClaimingPath = claiming.Path,
                ClaimedName = claimedName,
                DocumentMasked = existing.DocumentMasked,
                Source = source,
                CreatedAt = now,
                CreatedBy = actor,
            });
            await db.SaveChangesAsync(ct);
        }
        return ActiveElsewhere(community);
    }
}
