namespace Linli.Core.Features.Standards;

/// <summary>
/// Standard rows loaded once (ancestors and, for a rollup, the whole subtree) and resolved in
/// memory: for a unit, the row set at its deepest ancestor-or-self wins; at the same unit the
/// latest ValidFrom wins. Rows must already be filtered to the date in question.
/// </summary>
public sealed class StandardSet(IReadOnlyList<StandardInForce> rows)
{
    public IReadOnlyList<StandardInForce> Rows => rows;

    /// <summary>The set of the rows (loaded for a period) that are in force on the date.</summary>
    public static StandardSet On(IEnumerable<StandardInForce> rows, DateOnly date) =>
        new(rows.Where(r => r.ValidFrom <= date && (r.ValidTo == null || r.ValidTo >= date)).ToList());

    public StandardInForce? For(string unitPath, string key) =>
        rows.Where(r => r.Key == key && unitPath.StartsWith(r.Path, StringComparison.Ordinal))
            .OrderByDescending(r => r.Path.Length)
            .ThenByDescending(r => r.ValidFrom)
            .FirstOrDefault();

    public IReadOnlyList<StandardInForce> AllFor(string unitPath) =>
        StandardCatalog.All.Select(d => For(unitPath, d.Key)).OfType<StandardInForce>().ToList();

    /// <summary>The path itself and every prefix ending at a '/', from the national root ("") down.</summary>
    public static IReadOnlyList<string> AncestorPaths(string path)
    {
        var result = new List<string> { "" };
        for (var i = path.IndexOf('/', StringComparison.Ordinal); i >= 0; i = path.IndexOf('/', i + 1))
        {
            result.Add(path[..(i + 1)]);
        }
        return result;
    }
}
