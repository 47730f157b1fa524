namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Materialized path of an org unit: the codes from the province down, each followed by '/',
/// e.g. "41/4111/411102/411102001/411102001001/". A subtree is the ordinal string range
/// [path, path with its last '/' replaced by '0'): '/' (0x2F) sorts just before '0' (0x30) and
/// every segment is a code of digits and letters, so the range holds exactly the descendants.
/// Range predicates use a plain B-tree index on both SQLite and PostgreSQL (column collation "C").
/// </summary>
public readonly record struct OrgPath(string Value)
{
    public string End => string.Concat(Value.AsSpan(0, Value.Length - 1), "0");

    public static OrgPath Child(OrgPath? parent, string code) =>
        new((parent?.Value ?? "") + code + "/");

    public override string ToString() => Value;
}
