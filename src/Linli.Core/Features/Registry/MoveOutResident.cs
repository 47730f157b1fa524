using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Registry;

/// <summary>Records that a person moved away (迁出): status, date and destination; the record stays.</summary>
public sealed class MoveOutResident(LinliDb db, TimeProvider clock)
{
    public sealed record Command(long ResidentId, DateOnly? Date, string? Destination, string? Note = null);

    public async Task<Result<Resident>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        var loaded = await ResidentMoves.ActiveInScopeAsync(db, caller, command.ResidentId, ct);
        if (loaded.Value is not { } r)
        {
            return loaded.Failure!;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Date is not { } date)
        {
            return Failure.Invalid("date", "请填写迁出日期", "Enter the move-out date");
        }
        if (ResidentMoves.CheckDate(date, r, DateOnly.FromDateTime(now)) is { } badDate)
        {
            return badDate;
        }
        var destination = RegistryRules.OptionalText(command.Destination, 200, "destination", "迁往地", "Destination");
        if (destination.Failure is { } tooLong)
        {
            return tooLong;
        }
        if (destination.Value is null)
        {
            return Failure.Invalid("destination", "请填写迁往地", "Enter where the person moved to");
        }
        var note = RegistryRules.OptionalText(command.Note, 500, "note", "备注", "Note");
        if (note.Failure is { } longNote)
        {
            return longNote;
        }

        await ResidentMoves.LeaveHouseholdAsync(db, r, ct);
        r.Status = ResidentStatus.MovedOut;
        r.UpdatedAt = now;
        db.ResidentEvents.Add(new ResidentEvent
        {
            ResidentId = r.Id, Kind = ResidentEventKind.MovedOut, At = now, Actor = caller.Name, EffectiveDate = date,
            FromCommunityId = r.CommunityId, Destination = destination.Value, Note = note.Value,
        });
        await db.SaveChangesAsync(ct);
        return r;
    }
}
