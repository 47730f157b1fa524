using Linli.Core.Data;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>Finds the duty list in force for a unit: the latest version effective on the date at its deepest ancestor-or-self that has one.</summary>
public sealed class DutyLists(LinliDb db)
{
    public async Task<DutyList?> InForceAsync(string unitPath, DateOnly date, CancellationToken ct = default)
    {
        var ancestors = StandardSet.AncestorPaths(unitPath);
        var lists = await db.DutyLists.AsNoTracking()
            .Where(l => ancestors.Contains(l.Path) && l.EffectiveFrom <= date && (l.EffectiveTo == null || l.EffectiveTo >= date))
            .ToListAsync(ct);
        var list = lists.OrderByDescending(l => l.Path.Length).ThenByDescending(l => l.EffectiveFrom).ThenByDescending(l => l.Number).FirstOrDefault();
        if (list is not null)
        {
            list.Entries = await db.DutyEntries.AsNoTracking().Where(e => e.DutyListId == list.Id).OrderBy(e => e.Kind).ThenBy(e => e.SortOrder).ToListAsync(ct);
        }
        return list;
    }

    public sealed record EntryChange(DutyKind Kind, string Title, string LegalBasis);

    public sealed record Diff(IReadOnlyList<EntryChange> Added, IReadOnlyList<EntryChange> Removed);

    /// <summary>What a newer version added and removed, entries compared by part and normalized title.</summary>
    public static Diff Compare(IEnumerable<DutyEntry> older, IEnumerable<DutyEntry> newer)
    {
        static string Key(DutyEntry e) => $"{(int)e.Kind}:{DutyMatcher.Normalize(e.Title)}";
        var before = older.ToList();
        var after = newer.ToList();
        var beforeKeys = before.Select(Key).ToHashSet(StringComparer.Ordinal);
        var afterKeys = after.Select(Key).ToHashSet(StringComparer.Ordinal);
        return new Diff(
            after.Where(e => !beforeKeys.Contains(Key(e))).Select(e => new EntryChange(e.Kind, e.Title, e.LegalBasis)).ToList(),
            before.Where(e => !afterKeys.Contains(Key(e))).Select(e => new EntryChange(e.Kind, e.Title, e.LegalBasis)).ToList());
    }
}
