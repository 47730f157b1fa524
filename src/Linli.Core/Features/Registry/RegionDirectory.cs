using Linli.Core.Common;
using Linli.Core.Features.Hierarchy;

namespace Linli.Core.Features.Registry;

/// <summary>Region codes of the shipped division list, loaded once, for the ID-number region check.</summary>
public sealed class RegionDirectory(LinliPaths paths)
{
    private readonly Lazy<HashSet<string>> _codes = new(() =>
        File.Exists(paths.DivisionFile) ? DivisionFile.RegionCodes(paths.DivisionFile) : []);

    public bool IsKnown(string regionCode) => _codes.Value.Count == 0 || _codes.Value.Contains(regionCode);
}
