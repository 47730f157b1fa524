using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>Changes a household's entrance, room, housing status or head; same Version rule as <see cref="EditResident"/>.</summary>
public sealed class EditHousehold(LinliDb db, TimeProvider clock)
{
    public sealed record Command(long HouseholdId, int Version, string? Entrance = null, string? Room = null, HousingStatus? HousingStatus = null, long? HeadResidentId = null);

    public async Task<Result<Household>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return RegistryRules.CannotEdit;
        }
        var household = await db.Households.Under(caller.Scope).FirstOrDefaultAsync(h => h.Id == command.HouseholdId, ct);
        if (household is null)
        {
            return RegistryRules.HouseholdNotFound;
        }
        if (household.Version != command.Version)
        {
            return Failure.ConcurrentEdit;
        }
        var entrance = command.Entrance is null ? household.Entrance : command.Entrance.Trim();
        var room = command.Room is null ? household.Room : command.Room.Trim();
        if (room.Length == 0)
        {
            return Failure.Invalid("room", "请填写房号", "Room is required");
        }
        if (room.Length > 20 || entrance.Length > 20)
        {
            return Failure.Invalid(room.Length > 20 ? "room" : "entrance", "单元和房号不能超过20个字", "Entrance and room must be at most 20 characters");
        }
        if (command.HousingStatus is { } status && !Enum.IsDefined(status))
        {
            return Failure.Invalid("housingStatus", "住房情况无效", "Housing status is invalid");
        }
        if (command.HeadResidentId is { } head
            && !await db.Residents.AnyAsync(r => r.Id == head && r.HouseholdId == household.Id && r.Status == ResidentStatus.Active, ct))
        {
            return Failure.Invalid("headResidentId", "户主必须是本户在册成员", "The head must be an active member of this household");
        }
        if ((entrance != household.Entrance || room != household.Room)
            && await db.Households.AnyAsync(h => h.Id != household.Id && h.CommunityId == household.CommunityId && h.BuildingId == household.BuildingId && h.Entrance == entrance && h.Room == room, ct))
        {
            return Failure.Conflict("该地址已有另一户档案", "Another household already exists at this address");
        }

        household.Entrance = entrance;
        household.Room = room;
        household.HousingStatus = command.HousingStatus ?? household.HousingStatus;
        household.HeadResidentId = command.HeadResidentId ?? household.HeadResidentId;
        if (db.Entry(household).State == EntityState.Unchanged)
        {
            return household;
        }
        household.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
        return household;
    }
}
