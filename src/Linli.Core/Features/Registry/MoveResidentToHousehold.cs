using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// Moves a person to another household in the caller's area (户间迁移), possibly in another
/// community. The record stays the same; the event keeps where they came from.
/// </summary>
public sealed class MoveResidentToHousehold(LinliDb db, TimeProvider clock)
{
    public sealed record Command(long ResidentId, long HouseholdId, string? RelationToHead = null, DateOnly? EffectiveDate = null, string? Note = null);

    public async Task<Result<Resident>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        var loaded = await ResidentMoves.ActiveInScopeAsync(db, caller, command.ResidentId, ct);
        if (loaded.Value is not { } r)
        {
            return loaded.Failure!;
        }
        var target = await db.Households.Under(caller.Scope).FirstOrDefaultAsync(h => h.Id == command.HouseholdId, ct);
        if (target is null)
        {
            return Failure.Invalid("householdId", "未找到要迁入的户，或该户不在您的管辖范围内", "The target household was not found or is outside your area");
        }
        if (target.Id == r.HouseholdId)
        {
            return Failure.Invalid("householdId", "该居民已在此户", "The person already belongs to this household");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (command.EffectiveDate is { } date && ResidentMoves.CheckDate(date, r, today) is { } badDate)
        {
            return badDate;
        }
        var relation = RegistryRules.OptionalText(command.RelationToHead, 20, "relationToHead", "与户主关系", "Relation to head");
        var note = RegistryRules.OptionalText(command.Note, 500, "note", "备注", "Note");
        if ((relation.Failure ?? note.Failure) is { } tooLong)
        {
            return tooLong;
        }

        var from = await ResidentMoves.AddressOfAsync(db, r.HouseholdId, ct);
        var to = await ResidentMoves.AddressOfAsync(db, target.Id, ct);
        var fromCommunity = r.CommunityId;
        await ResidentMoves.LeaveHouseholdAsync(db, r, ct);
        (r.HouseholdId, r.CommunityId, r.Path) = (target.Id, target.CommunityId, target.Path);
        r.RelationToHead = relation.Value ?? r.RelationToHead;
        r.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.ResidentEvents.Add(new ResidentEvent
        {
            ResidentId = r.Id, Kind = ResidentEventKind.Transferred, At = r.UpdatedAt, Actor = caller.Name,
            EffectiveDate = command.EffectiveDate ?? today, FromCommunityId = fromCommunity, ToCommunityId = target.CommunityId,
            Note = note.Value, Changes = ResidentSnapshot.OneChange("住址", from, to),
        });
        await db.SaveChangesAsync(ct);
        return r;
    }
}
