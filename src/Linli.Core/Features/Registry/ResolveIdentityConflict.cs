using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

public enum ConflictOutcome
{
    /// <summary>The existing registration is right; the other community's attempt is dismissed.</summary>
    ExistingIsCorrect = 1,

    /// <summary>The person now lives in the claiming community: the existing record moves out, and the claiming community registers them (the record moves back in with its history).</summary>
    PersonMovedToClaimingCommunity = 2,
}

/// <summary>Closes an identity conflict, by a supervisor of either community, with a reason; audited.</summary>
public sealed class ResolveIdentityConflict(LinliDb db, TimeProvider clock, AuditActor actor)
{
    public sealed record Command(long ConflictId, ConflictOutcome Outcome, string? Note);

    public async Task<Result<IdentityConflict>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!caller.Role.SupervisesConflicts())
        {
            return Failure.Forbidden("当前角色不能处理身份冲突", "Your role may not handle identity conflicts");
        }
        var conflict = await db.IdentityConflicts.FirstOrDefaultAsync(c => c.Id == command.ConflictId, ct);
        if (conflict is null || !(caller.CanSee(conflict.ExistingPath) || caller.CanSee(conflict.ClaimingPath)))
        {
            return Failure.NotFound("未找到该身份冲突", "Identity conflict not found");
        }
        if (conflict.Resolved)
        {
            return Failure.Conflict("该身份冲突已处理", "This conflict has already been resolved");
        }
        if (!Enum.IsDefined(command.Outcome))
        {
            return Failure.Invalid("outcome", "请选择处理结果", "Choose an outcome");
        }
        var note = command.Note?.Trim() ?? "";
        if (note.Length < 2 || note.Length > 300)
        {
            return Failure.Invalid("note", "请填写核实情况（2至300个字）", "Describe what was checked (2 to 300 characters)");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var claiming = await db.OrgUnits.Where(o => o.Id == conflict.ClaimingCommunityId).Select(o => o.Name).FirstAsync(ct);
        if (command.Outcome == ConflictOutcome.PersonMovedToClaimingCommunity)
        {
            var existing = await db.Residents.FirstAsync(r => r.Id == conflict.ExistingResidentId, ct);
            if (existing.Status == ResidentStatus.Active)
            {
                await ResidentMoves.LeaveHouseholdAsync(db, existing, ct);
                existing.Status = ResidentStatus.MovedOut;
                existing.UpdatedAt = now;
                db.ResidentEvents.Add(new ResidentEvent
                {
                    ResidentId = existing.Id, Kind = ResidentEventKind.MovedOut, At = now, Actor = caller.Name,
                    EffectiveDate = DateOnly.FromDateTime(now), FromCommunityId = existing.CommunityId, ToCommunityId = conflict.ClaimingCommunityId,
                    Destination = claiming, Note = $"身份冲突 #{conflict.Id}：{note}",
                });
            }
        }
        var outcome = command.Outcome == ConflictOutcome.ExistingIsCorrect ? "原登记正确 / existing record is correct" : $"已迁至{claiming} / moved to {claiming}";
        conflict.Resolved = true;
        conflict.Resolution = $"{outcome}：{note}（{caller.Name}）";
        // The row change is audited without a place; this entry puts it in both communities' audit view.
        var entry = AuditEntry.ForBulk(actor, AuditActions.Update, $"身份冲突 #{conflict.Id} 已处理 / identity conflict resolved: {outcome}", conflict.ExistingPath);
        entry.EntityType = nameof(IdentityConflict);
        entry.EntityId = conflict.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return conflict;
    }
}
