using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// Changes a person's name, phone, relation, residence type and tags, or corrects the document
/// (更正). Null fields stay as they are; an empty phone removes it. A corrected number is validated
/// again and checked against the whole registry like a new registration. The caller sends the
/// Version they read: if someone saved in between, nothing is written and they get a conflict.
/// </summary>
public sealed class EditResident(LinliDb db, FieldProtector protector, TimeProvider clock, RegionDirectory regions)
{
    public sealed record Command(
        long ResidentId, int Version, string? Name = null, string? Phone = null, string? RelationToHead = null,
        ResidenceType? ResidenceType = null, IReadOnlyList<ResidentTagInput>? Tags = null,
        DocumentType? DocumentType = null, string? DocumentNumber = null);

    public async Task<Result<Resident>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return RegistryRules.CannotEdit;
        }
        var r = await db.Residents.Include(x => x.Tags).Under(caller.Scope).FirstOrDefaultAsync(x => x.Id == command.ResidentId, ct);
        if (r is null)
        {
            return RegistryRules.ResidentNotFound;
        }
        if (r.Version != command.Version)
        {
            return Failure.ConcurrentEdit;
        }
        var correcting = !string.IsNullOrWhiteSpace(command.DocumentNumber) || (command.DocumentType is { } type && type != r.DocumentType);
        if (correcting && !caller.Role.CanDiscloseDocument())
        {
            return Failure.Forbidden("当前角色不能更正证件号码", "Your role may not correct document numbers");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new ResidentDraft(
            command.Name ?? r.Name,
            command.DocumentType ?? r.DocumentType,
            string.IsNullOrWhiteSpace(command.DocumentNumber) ? protector.Decrypt(r.DocumentCipher) : command.DocumentNumber,
            command.Phone ?? (r.PhoneCipher is null ? null : protector.Decrypt(r.PhoneCipher)),
            command.ResidenceType ?? r.ResidenceType,
            command.RelationToHead ?? r.RelationToHead,
            TagsToKeep(caller, r, command.Tags));
        var validation = ResidentValidation.Validate(draft, DateOnly.FromDateTime(now), regions);
        if (validation.Value is not { } valid)
        {
            return validation.Errors[0];
        }
        if (await DocumentTakenAsync(caller, r, valid, now, ct) is { } taken)
        {
            return taken;
        }

        var before = ResidentSnapshot.Of(r);
        var changed = r.Apply(valid, protector);
        if (changed.Count == 0)
        {
            return r;
        }
        r.UpdatedAt = now;
        db.ResidentEvents.Add(new ResidentEvent
        {
            ResidentId = r.Id,
            Kind = changed.Contains("证件号码") || changed.Contains("证件类型") ? ResidentEventKind.Corrected : ResidentEventKind.Updated,
            At = now,
            Actor = caller.Name,
            Changes = ResidentSnapshot.Diff(before, ResidentSnapshot.Of(r)),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
        return r;
    }

    // Roles that cannot see restricted tags cannot remove them either: the form never showed them.
    private static List<ResidentTagInput> TagsToKeep(Caller caller, Resident r, IReadOnlyList<ResidentTagInput>? requested)
    {
        var current = r.Tags.Select(t => new ResidentTagInput(t.Tag, t.Detail)).ToList();
        if (requested is null)
        {
            return current;
        }
        if (caller.Role.SeesRestrictedTags())
        {
            return [.. requested];
        }
        return [.. requested.Where(t => KeyGroups.Find(t.Tag)?.Restricted != true), .. current.Where(t => KeyGroups.Find(t.Tag)?.Restricted == true)];
    }

    /// <summary>A corrected number that belongs to someone else is refused, as a registration would be.</summary>
    private async Task<Failure?> DocumentTakenAsync(Caller caller, Resident r, ValidResident valid, DateTime now, CancellationToken ct)
    {
        var hash = protector.Hash(valid.DocumentNumber);
        if (hash.AsSpan().SequenceEqual(r.DocumentHash))
        {
            return null;
        }
        var other = await db.Residents.AsNoTracking().FirstOrDefaultAsync(x => x.DocumentHash == hash && x.Id != r.Id, ct);
        if (other is null)
        {
            return null;
        }
        if (other.Status == ResidentStatus.Deceased)
        {
            return DocumentClaims.Deceased();
        }
        if (other.CommunityId == r.CommunityId || other.Status == ResidentStatus.MovedOut)
        {
            return Failure.Conflict("该证件号码已属于另一条居民记录，请核实后再更正", "This document number belongs to another resident record; check before correcting");
        }
        // Nothing of r has been changed yet, so this save writes the conflict only.
        var claiming = await db.OrgUnits.FirstAsync(o => o.Id == r.CommunityId, ct);
        return await DocumentClaims.RecordConflictAsync(db, other, claiming, valid.Name, "更正证件号码", caller.Name, now, ct);
    }
}
