namespace Linli.Core.Common;

/// <summary>Rows placed in the org tree by a materialized path (see Features/Hierarchy/OrgPath).</summary>
public interface IHasPath
{
    string Path { get; }
}
