using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// Identity conflicts (重复登记) that concern the caller's area from either side: the community
/// where the person is registered and the one that tried to register them. Supervisors only.
/// </summary>
public sealed class IdentityConflictList(LinliDb db)
{
    public sealed record Row(long Id, DateTime CreatedAt, string CreatedBy, string Source, string DocumentMasked,
        long ExistingResidentId, string ExistingName, ResidentStatus ExistingStatus, string ExistingCommunity, string ClaimedName, string ClaimingCommunity,
        bool Resolved, string? Resolution, bool ExistingInScope);

    public async Task<Result<IReadOnlyList<Row>>> HandleAsync(Caller caller, bool includeResolved = false, CancellationToken ct = default)
    {
        if (!caller.Role.SupervisesConflicts())
        {
            return Failure.Forbidden("当前角色不能处理身份冲突", "Your role may not handle identity conflicts");
        }
        var lo = caller.Scope.Value;
        var hi = caller.Scope.End;
#pragma warning disable CA1309, CA1310 // translated to SQL range comparisons on "C"-collated columns
        var query = db.IdentityConflicts.AsNoTracking().Where(c =>
            (c.ExistingPath.CompareTo(lo) >= 0 && c.ExistingPath.CompareTo(hi) < 0) || (c.ClaimingPath.CompareTo(lo) >= 0 && c.ClaimingPath.CompareTo(hi) < 0));
#pragma warning restore CA1309, CA1310
        if (!includeResolved)
        {
            query = query.Where(c => !c.Resolved);
        }
        var rows = await query.OrderByDescending(c => c.Id).Take(500)
            .Select(c => new
            {
                c,
                Existing = db.Residents.Where(r => r.Id == c.ExistingResidentId).Select(r => new { r.Name, r.Status }).First(),
                ExistingCommunity = db.OrgUnits.Where(o => o.Id == c.ExistingCommunityId).Select(o => o.Name).First(),
                ClaimingCommunity = db.OrgUnits.Where(o => o.Id == c.ClaimingCommunityId).Select(o => o.Name).First(),
            })
            .ToListAsync(ct);
        return rows.Select(x => new Row(x.c.Id, x.c.CreatedAt, x.c.CreatedBy, x.c.Source, x.c.DocumentMasked, x.c.ExistingResidentId, x.Existing.Name, x.Existing.Status,
            x.ExistingCommunity, x.c.ClaimedName, x.ClaimingCommunity, x.c.Resolved, x.c.Resolution, caller.CanSee(x.c.ExistingPath))).ToList();
    }
}
