using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Registry;

/// <summary>Records a death (死亡登记) with its date; the record and its history stay.</summary>
public sealed class RecordDeath(LinliDb db, TimeProvider clock)
{
    public sealed record Command(long ResidentId, DateOnly? Date, string? Note = null);

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
            return Failure.Invalid("date", "请填写死亡日期", "Enter the date of death");
        }
        if (ResidentMoves.CheckDate(date, r, DateOnly.FromDateTime(now)) is { } badDate)
        {
            return badDate;
        }
        var note = RegistryRules.OptionalText(command.Note, 500, "note", "备注", "Note");
        if (note.Failure is { } longNote)
        {
            return longNote;
        }

        await ResidentMoves.LeaveHouseholdAsync(db, r, ct);
        r.Status = ResidentStatus.Deceased;
        r.UpdatedAt = now;
        db.ResidentEvents.Add(new ResidentEvent
        {
            ResidentId = r.Id, Kind = ResidentEventKind.Died, At = now, Actor = caller.Name, EffectiveDate = date, FromCommunityId = r.CommunityId, Note = note.Value,
        });
        await db.SaveChangesAsync(ct);
        return r;
    }
}
