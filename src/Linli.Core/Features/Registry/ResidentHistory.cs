using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// A person's history, newest first: registry events (registered, moved, corrected, died) and the
/// audit log's entries about the record (row changes and disclosures of their numbers).
/// </summary>
public sealed class ResidentHistory(LinliDb db)
{
    public sealed record Item(DateTime At, Bilingual Title, string Actor, DateOnly? EffectiveDate, IReadOnlyList<string> Lines, bool FromAudit);

    public sealed record History(long ResidentId, string Name, IReadOnlyList<Item> Items);

    public async Task<Result<History>> HandleAsync(Caller caller, long residentId, CancellationToken ct = default)
    {
        var resident = await db.Residents.AsNoTracking().Under(caller.Scope).Where(r => r.Id == residentId)
            .Select(r => new { r.Id, r.Name }).FirstOrDefaultAsync(ct);
        if (resident is null)
        {
            return RegistryRules.ResidentNotFound;
        }
        var events = await db.ResidentEvents.AsNoTracking().Where(e => e.ResidentId == residentId).ToListAsync(ct);
        var communityIds = events.SelectMany(e => new[] { e.FromCommunityId, e.ToCommunityId }).OfType<long>().Distinct().ToList();
        var communities = await db.OrgUnits.AsNoTracking().Where(o => communityIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var id = residentId.ToString(CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Resident) && a.EntityId == id).ToListAsync(ct);

        var items = events.Select(e => new Item(e.At, ResidenceTypeNames.Of(e.Kind), e.Actor, e.EffectiveDate, EventLines(e, communities), false))
            .Concat(audit.Select(a => new Item(a.At, AuditActionNames.Of(a.Action), a.Actor, null, AuditLines(a), true)))
            .OrderByDescending(i => i.At).ThenBy(i => i.FromAudit)
            .ToList();
        return new History(resident.Id, resident.Name, items);
    }

    private static List<string> EventLines(ResidentEvent e, Dictionary<long, string> communities)
    {
        var lines = new List<string>();
        if (e.FromCommunityId is { } from && e.ToCommunityId is { } to && from != to)
        {
            lines.Add($"{communities.GetValueOrDefault(from)} → {communities.GetValueOrDefault(to)}");
        }
        if (e.Destination is not null)
        {
            lines.Add($"迁往 / to: {e.Destination}");
        }
        lines.AddRange(ResidentSnapshot.Read(e.Changes).Select(c => $"{c.Field}: {c.Before} → {c.After}"));
        if (e.Note is not null)
        {
            lines.Add($"备注 / note: {e.Note}");
        }
        return lines;
    }

    private static List<string> AuditLines(AuditEntry a)
    {
        var lines = new List<string>();
        if (a.Summary is not null)
        {
            lines.Add(a.Summary);
        }
        if (a.Purpose is not null)
        {
            lines.Add($"事由 / purpose: {a.Purpose}");
        }
        if (a.Before is not null && a.After is not null)
        {
            lines.Add($"{a.Before} → {a.After}");
        }
        return lines;
    }
}
