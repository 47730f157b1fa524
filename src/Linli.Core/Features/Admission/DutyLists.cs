using Linli.Core.Data;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>Finds the duty list in force for a unit: the latest version effective on the date at its deepest ancestor-or-self that has one.</summary>
public sealed class DutyLists(LinliDb db)
{
    public async Task<DutyList?> InForceAsync(string unitPath, DateOnly date, CancellationToken ct = default) =>
        (await InForceAsync([(unitPath, date)], ct))[(unitPath, date)];

    /// <summary>
    /// The lists in force for many (unit, date) pairs in two queries (a review queue's page): every
    /// version at any ancestor of any of the units, picked in memory by the same rule as for one.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Path, DateOnly Date), DutyList?>> InForceAsync(IReadOnlyCollection<(string Path, DateOnly Date)> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<(string, DateOnly), DutyList?>();
        if (keys.Count == 0)
        {
            return result;
        }
        var ancestors = keys.SelectMany(k => StandardSet.AncestorPaths(k.Path)).Distinct().ToList();
        var (earliest, latest) = (keys.Min(k => k.Date), keys.Max(k => k.Date));
        var lists = await db.DutyLists.AsNoTracking()
            .Where(l => ancestors.Contains(l.Path) && l.EffectiveFrom <= latest && (l.EffectiveTo == null || l.EffectiveTo >= earliest))
            .ToListAsync(ct);
        foreach (var (path, date) in keys.Distinct())
        {
            result[(path, date)] = lists
                .Where(l => path.StartsWith(l.Path, StringComparison.Ordinal) && l.EffectiveFrom <= date && (l.EffectiveTo == null || l.EffectiveTo >= date))
                .OrderByDescending(l => l.Path.Length).ThenByDescending(l => l.EffectiveFrom).ThenByDescending(l => l.Number).FirstOrDefault();
        }
        var chosen = result.Values.OfType<DutyList>().Distinct().ToList();
        if (chosen.Count > 0)
        {
            var ids = chosen.Select(l => l.Id).ToList();
            var entries = await db.DutyEntries.AsNoTracking().Where(e => ids.Contains(e.DutyListId)).OrderBy(e => e.Kind).ThenBy(e => e.SortOrder).ToListAsync(ct);
            foreach (var list in chosen)
            {
                list.Entries = entries.Where(e => e.DutyListId == list.Id).ToList();
            }
        }
        return result;
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
