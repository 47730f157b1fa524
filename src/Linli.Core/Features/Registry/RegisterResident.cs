using System.Text.Json;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// Registers a person into a household (登记 / 迁入). A person who moved out earlier keeps their
/// record and history and is moved back in; anything else already registered is refused (see
/// <see cref="DocumentClaims"/>).
/// </summary>
public sealed class RegisterResident(LinliDb db, FieldProtector protector, TimeProvider clock, RegionDirectory regions)
{
    public sealed record Command(long HouseholdId, ResidentDraft Draft, bool IsMoveIn, DateOnly? EffectiveDate, string? Note);

    public async Task<Result<Resident>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return Failure.Forbidden("当前角色不能修改居民信息", "Your role may not change the registry");
        }
        var household = await db.Households.FirstOrDefaultAsync(h => h.Id == command.HouseholdId, ct);
        if (household is null || !caller.CanSee(household.Path))
        {
            return Failure.NotFound("未找到该户", "Household not found");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var validation = ResidentValidation.Validate(command.Draft, DateOnly.FromDateTime(now), regions);
        if (validation.Value is not { } valid)
        {
            return validation.Errors[0];
        }

        var hash = protector.Hash(valid.DocumentNumber);
        var existing = await db.Residents.Include(r => r.Tags).FirstOrDefaultAsync(r => r.DocumentHash == hash, ct);
        ResidentEvent historyEntry;
        Resident resident;
        if (existing is null)
        {
            resident = new Resident
            {
                Name = valid.Name, Path = household.Path, CommunityId = household.CommunityId, HouseholdId = household.Id,
                DocumentCipher = [], DocumentHash = [], DocumentMasked = "", CreatedAt = now, UpdatedAt = now,
            };
            resident.Apply(valid, protector);
            db.Residents.Add(resident);
            historyEntry = NewEvent(command.IsMoveIn ? ResidentEventKind.MovedIn : ResidentEventKind.Registered, caller, now, command);
            historyEntry.ToCommunityId = household.CommunityId;
        }
        else if (existing.Status == ResidentStatus.MovedOut)
        {
            resident = existing;
            var from = resident.CommunityId;
            resident.Apply(valid, protector);
            resident.Status = ResidentStatus.Active;
            (resident.HouseholdId, resident.CommunityId, resident.Path, resident.UpdatedAt) = (household.Id, household.CommunityId, household.Path, now);
            historyEntry = NewEvent(ResidentEventKind.MovedIn, caller, now, command);
            (historyEntry.FromCommunityId, historyEntry.ToCommunityId) = (from, household.CommunityId);
        }
        else if (existing.Status == ResidentStatus.Deceased)
        {
            return DocumentClaims.Deceased();
        }
        else if (existing.CommunityId == household.CommunityId)
        {
            return DocumentClaims.ActiveHere(existing);
        }
        else
        {
            var claiming = await db.OrgUnits.FirstAsync(o => o.Id == household.CommunityId, ct);
            return await DocumentClaims.RecordConflictAsync(db, existing, claiming, valid.Name, "登记表单", caller.Name, now, ct);
        }

        await db.SaveChangesAsync(ct);
        historyEntry.ResidentId = resident.Id;
        db.ResidentEvents.Add(historyEntry);
        if (household.HeadResidentId is null && resident.RelationToHead is "本人" or "户主")
        {
            household.HeadResidentId = resident.Id;
        }
        await db.SaveChangesAsync(ct);
        return resident;
    }

    private static ResidentEvent NewEvent(ResidentEventKind kind, Caller caller, DateTime now, Command command) => new()
    {
        Kind = kind,
        At = now,
        Actor = caller.Name,
        EffectiveDate = command.EffectiveDate,
        Note = command.Note,
        Changes = JsonSerializer.Serialize(Array.Empty<object>()),
    };
}
