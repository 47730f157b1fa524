using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>What every move, move-out and death checks and does first.</summary>
internal static class ResidentMoves
{
    public static async Task<Result<Resident>> ActiveInScopeAsync(LinliDb db, Caller caller, long residentId, CancellationToken ct)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return RegistryRules.CannotEdit;
        }
        var r = await db.Residents.Under(caller.Scope).FirstOrDefaultAsync(x => x.Id == residentId, ct);
        if (r is null)
        {
            return RegistryRules.ResidentNotFound;
        }
        return r.Status == ResidentStatus.Active ? r : RegistryRules.NotActive;
    }

    /// <summary>A date a move or death happened: not in the future, not before the person was born.</summary>
    public static Failure? CheckDate(DateOnly date, Resident r, DateOnly today) =>
        date > today ? Failure.Invalid("date", "日期不能晚于今天", "The date cannot be in the future")
        : r.BirthDate is { } birth && date < birth ? Failure.Invalid("date", "日期不能早于出生日期", "The date cannot be before the birth date")
        : null;

    /// <summary>The household keeps no head who is no longer in it.</summary>
    public static async Task LeaveHouseholdAsync(LinliDb db, Resident r, CancellationToken ct)
    {
        if (r.HouseholdId is { } id && await db.Households.FirstOrDefaultAsync(h => h.Id == id, ct) is { } household && household.HeadResidentId == r.Id)
        {
            household.HeadResidentId = null;
        }
    }

    public static async Task<string> AddressOfAsync(LinliDb db, long? householdId, CancellationToken ct)
    {
        var h = await db.Households.AsNoTracking().Where(x => x.Id == householdId)
            .Select(x => new { Community = db.OrgUnits.Where(o => o.Id == x.CommunityId).Select(o => o.Name).FirstOrDefault(), Estate = x.Estate!.Name, Building = x.Building!.Name, x.Entrance, x.Room })
            .FirstOrDefaultAsync(ct);
        return h is null ? "" : $"{h.Community} {RegistryRules.AddressLine(h.Estate, h.Building, h.Entrance, h.Room, showRoom: true)}".Trim();
    }
}
