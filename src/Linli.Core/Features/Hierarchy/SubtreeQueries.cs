using Linli.Core.Common;

namespace Linli.Core.Features.Hierarchy;

public static class SubtreeQueries
{
    /// <summary>
    /// Rows under <paramref name="root"/> (inclusive) as one indexed range predicate on Path;
    /// never a walk of the tree. See <see cref="OrgPath"/>.
    /// </summary>
    public static IQueryable<T> Under<T>(this IQueryable<T> query, OrgPath root) where T : IHasPath
    {
        var lo = root.Value;
        var hi = root.End;
        // CompareTo is what EF Core translates to SQL >= / <; the columns use ordinal ("C") collation.
#pragma warning disable CA1309, CA1310
        return query.Where(x => x.Path.CompareTo(lo) >= 0 && x.Path.CompareTo(hi) < 0);
#pragma warning restore CA1309, CA1310
    }

    public static bool Contains(this OrgPath root, string path) =>
        path.StartsWith(root.Value, StringComparison.Ordinal);
}
