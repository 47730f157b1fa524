using Linli.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Counts of rows under a node, grouped by the child of the node they lie under: one query per
/// kind of row for all children together. The group key is the row's path cut after the first
/// segment below the node (the child's path); rows attached to the node itself key to the node's
/// own path. The range predicate is the Path index; the cut is computed on the rows it yields.
/// </summary>
public static class SubtreeCounts
{
    public sealed record KeyCount(string Key, int Count);

    public static IQueryable<KeyCount> ByChild<T>(IQueryable<T> rows, OrgPath node) where T : class, IHasPath
    {
        var start = node.Value.Length;
        // IndexOf(string) is the overload EF Core translates (instr / strpos) on both providers.
#pragma warning disable CA1866, CA1310
        return rows.Under(node)
            .GroupBy(x => x.Path.Substring(0, start + x.Path.Substring(start).IndexOf("/") + 1))
            .Select(g => new KeyCount(g.Key, g.Count()));
#pragma warning restore CA1866, CA1310
    }

    /// <summary>
    /// Households and residents by child from the trigger-kept committee totals: for nodes above
    /// the committee level, where counting registry rows would read a whole city or province.
    /// </summary>
    public static async Task<(Dictionary<string, int> Households, Dictionary<string, int> Residents)> TotalsByChildAsync(IQueryable<CommunityTotals> totals, OrgPath node, CancellationToken ct)
    {
        var start = node.Value.Length;
#pragma warning disable CA1866, CA1310
        var rows = await totals.Under(node)
            .GroupBy(x => x.Path.Substring(0, start + x.Path.Substring(start).IndexOf("/") + 1))
            .Select(g => new { g.Key, Households = g.Sum(t => t.Households), Residents = g.Sum(t => t.Residents) })
            .ToListAsync(ct);
#pragma warning restore CA1866, CA1310
        return (rows.ToDictionary(r => r.Key, r => (int)r.Households, StringComparer.Ordinal),
                rows.ToDictionary(r => r.Key, r => (int)r.Residents, StringComparer.Ordinal));
    }

    public static Task<Dictionary<string, int>> ByChildAsync<T>(IQueryable<T> rows, OrgPath node, CancellationToken ct) where T : class, IHasPath =>
        ByChild(rows, node).ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, ct);
}
