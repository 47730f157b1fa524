using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>One resident as the caller may see them: numbers masked, restricted tags and contact fields by role.</summary>
public sealed class ResidentDetails(LinliDb db, TimeProvider clock)
{
    public sealed record Details(
        long Id, string Name, DocumentType DocumentType, string DocumentMasked, string? PhoneMasked, Sex? Sex, DateOnly? BirthDate, int? Age,
        ResidenceType ResidenceType, ResidentStatus Status, string RelationToHead, IReadOnlyList<ResidentTagInput> Tags, IReadOnlyList<string> DerivedGroups,
        long? HouseholdId, bool IsHead, long CommunityId, string CommunityName, string Address, int Version, bool IsDemo,
        bool CanEdit, bool CanDiscloseDocument, bool CanDisclosePhone, bool CanCorrectDocument);

    public async Task<Result<Details>> HandleAsync(Caller caller, long residentId, CancellationToken ct = default)
    {
        var r = await db.Residents.AsNoTracking().Include(x => x.Tags)
            .Include(x => x.Household).ThenInclude(h => h!.Estate)
            .Include(x => x.Household).ThenInclude(h => h!.Building)
            .Under(caller.Scope).FirstOrDefaultAsync(x => x.Id == residentId, ct);
        if (r is null)
        {
            return RegistryRules.ResidentNotFound;
        }
        var community = await db.OrgUnits.Where(o => o.Id == r.CommunityId).Select(o => o.Name).FirstAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        int? age = r.BirthDate is { } birth ? KeyGroups.Age(birth, today) : null;
        var derived = new List<string>();
        if (age >= 60 && r.Status == ResidentStatus.Active)
        {
            derived.Add(KeyGroups.Elderly60);
        }
        if (age >= 80 && r.Status == ResidentStatus.Active)
        {
            derived.Add(KeyGroups.Elderly80);
        }
        var role = caller.Role;
        var tags = r.Tags.Where(t => role.SeesRestrictedTags() || KeyGroups.Find(t.Tag)?.Restricted != true)
            .OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => new ResidentTagInput(t.Tag, t.Detail)).ToList();
        var h = r.Household;
        var contact = role.SeesContactFields();
        return new Details(
            r.Id, r.Name, r.DocumentType, r.DocumentMasked, contact ? r.PhoneMasked : null, r.Sex, r.BirthDate, age,
            r.ResidenceType, r.Status, r.RelationToHead, tags, derived,
            r.HouseholdId, h?.HeadResidentId == r.Id, r.CommunityId, community,
            h is null ? "" : RegistryRules.AddressLine(h.Estate?.Name, h.Building?.Name, h.Entrance, h.Room, contact),
            r.Version, r.IsDemo,
            role.CanEditRegistry(), role.CanDiscloseDocument(), role.CanDisclosePhone() && r.PhoneCipher is not null, role.CanDiscloseDocument());
    }
}
