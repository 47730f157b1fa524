using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>An address as people write it: community code, then optional grid, estate and building names, entrance, room.</summary>
public sealed record HouseholdAddress(string CommunityCode, string? Grid, string? Estate, string? Building, string Entrance, string Room);

/// <summary>
/// Finds or creates the grid, estate and building an address names, under its community.
/// Grids and buildings get Linli's own codes: community code + G001, parent code + B001.
/// Caches what it has seen, so an import of many rows in one building looks it up once.
/// </summary>
public sealed class AddressResolver(LinliDb db)
{
    private readonly Dictionary<string, OrgUnit?> _communities = new(StringComparer.Ordinal);
    // Keys hold the entities themselves (reference equality), so rows not yet saved are found too.
    private readonly Dictionary<(OrgUnit, string), OrgUnit> _grids = [];
    private readonly Dictionary<(OrgUnit, string), Estate> _estates = [];
    private readonly Dictionary<(OrgUnit, Estate?, string), OrgUnit> _buildings = [];
    private readonly Dictionary<(OrgUnit, OrgUnitKind), int> _nextSequence = [];
    // Communities and grids whose children are all in the caches above: a miss there means "create".
    private readonly HashSet<OrgUnit> _preloaded = [];

    public sealed record Place(OrgUnit Community, OrgUnit? Grid, Estate? Estate, OrgUnit? Building)
    {
        public string Path => (Building ?? Grid ?? Community).Path;
    }

    public async Task<OrgUnit?> CommunityAsync(string code, CancellationToken ct = default)
    {
        if (!_communities.TryGetValue(code, out var community))
        {
            community = await db.OrgUnits.FirstOrDefaultAsync(o => o.Code == code && o.Kind == OrgUnitKind.Community, ct);
            _communities[code] = community;
        }
        return community;
    }

    /// <summary>
    /// Loads the grids, estates and buildings of these communities in three queries, so that resolving
    /// the addresses of a large import asks the database nothing more per row.
    /// </summary>
    public async Task PreloadAsync(IReadOnlyCollection<OrgUnit> communities, CancellationToken ct = default)
    {
        var byId = communities.Where(c => c.Id != 0).DistinctBy(c => c.Id).ToDictionary(c => c.Id);
        foreach (var batch in byId.Keys.Chunk(500))
        {
            var grids = await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Grid && batch.Contains(o.ParentId!.Value)).ToListAsync(ct);
            var estates = await db.Estates.Where(e => batch.Contains(e.CommunityId)).ToListAsync(ct);
            var parents = grids.ToDictionary(g => g.Id);
            foreach (var id in batch)
            {
                parents[id] = byId[id];
            }
            var parentIds = parents.Keys.ToList();
            var buildings = await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Building && parentIds.Contains(o.ParentId!.Value)).ToListAsync(ct);
            _preloaded.UnionWith(parents.Values);
            foreach (var grid in grids)
            {
                _grids.TryAdd((byId[grid.ParentId!.Value], grid.Name), grid);
            }
            var estateById = estates.ToDictionary(e => e.Id);
            foreach (var estate in estates)
            {
                _estates.TryAdd((byId[estate.CommunityId], estate.Name), estate);
            }
            foreach (var building in buildings)
            {
                var estate = building.EstateId is { } estateId ? estateById.GetValueOrDefault(estateId) : null;
                _buildings.TryAdd((parents[building.ParentId!.Value], estate, building.Name), building);
            }
            foreach (var (kind, letter, children) in new[] { (OrgUnitKind.Grid, "G", grids), (OrgUnitKind.Building, "B", buildings) })
            {
                var byParent = children.ToLookup(c => c.ParentId!.Value);
                foreach (var parent in kind == OrgUnitKind.Grid ? batch.Select(id => byId[id]) : parents.Values)
                {
                    var prefix = parent.Code + letter;
                    _nextSequence[(parent, kind)] = byParent[parent.Id].Where(c => c.Code.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(c.Code.AsSpan(prefix.Length), out _))
                        .Select(c => int.Parse(c.Code.AsSpan(prefix.Length))).DefaultIfEmpty(0).Max() + 1;
                }
            }
        }
    }

    /// <summary>Resolves the place; new grids/estates/buildings are added to the context, not saved.</summary>
    public async Task<Result<Place>> ResolveAsync(HouseholdAddress address, bool isDemo = false, CancellationToken ct = default)
    {
        var community = await CommunityAsync(address.CommunityCode, ct);
        if (community is null)
        {
            return Failure.Invalid("社区代码", $"社区代码“{address.CommunityCode}”不存在，请填写12位统计用区划代码", $"Community code \"{address.CommunityCode}\" does not exist; use the 12-digit NBS code");
        }
        var grid = string.IsNullOrWhiteSpace(address.Grid) ? null : await GridAsync(community, address.Grid.Trim(), isDemo, ct);
        var estate = string.IsNullOrWhiteSpace(address.Estate) ? null : await EstateAsync(community, address.Estate.Trim(), isDemo, ct);
        var building = string.IsNullOrWhiteSpace(address.Building) ? null : await BuildingAsync(grid ?? community, estate, address.Building.Trim(), isDemo, ct);
        return new Place(community, grid, estate, building);
    }

    private async Task<OrgUnit> GridAsync(OrgUnit community, string name, bool isDemo, CancellationToken ct)
    {
        if (!_grids.TryGetValue((community, name), out var grid))
        {
            grid = (_preloaded.Contains(community) ? null : await db.OrgUnits.FirstOrDefaultAsync(o => o.ParentId == community.Id && o.Kind == OrgUnitKind.Grid && o.Name == name, ct))
                ?? await NewChildAsync(community, OrgUnitKind.Grid, "G", name, null, isDemo, ct);
            _grids[(community, name)] = grid;
        }
        return grid;
    }

    private async Task<Estate> EstateAsync(OrgUnit community, string name, bool isDemo, CancellationToken ct)
    {
        if (!_estates.TryGetValue((community, name), out var estate))
        {
            estate = _preloaded.Contains(community) ? null : await db.Estates.FirstOrDefaultAsync(e => e.CommunityId == community.Id && e.Name == name, ct);
            if (estate is null)
            {
                estate = new Estate { CommunityId = community.Id, Name = name, IsDemo = isDemo };
                db.Estates.Add(estate);
            }
            _estates[(community, name)] = estate;
        }
        return estate;
    }

    private async Task<OrgUnit> BuildingAsync(OrgUnit parent, Estate? estate, string name, bool isDemo, CancellationToken ct)
    {
        if (!_buildings.TryGetValue((parent, estate, name), out var building))
        {
            var estateId = estate?.Id;
            var saved = parent.Id != 0 && estateId != 0 && !_preloaded.Contains(parent);
            building = (saved
                    ? await db.OrgUnits.FirstOrDefaultAsync(o => o.ParentId == parent.Id && o.Kind == OrgUnitKind.Building && o.Name == name && o.EstateId == estateId, ct)
                    : null)
                ?? await NewChildAsync(parent, OrgUnitKind.Building, "B", name, estate, isDemo, ct);
            _buildings[(parent, estate, name)] = building;
        }
        return building;
    }

    private async Task<OrgUnit> NewChildAsync(OrgUnit parent, OrgUnitKind kind, string letter, string name, Estate? estate, bool isDemo, CancellationToken ct)
    {
        var key = (parent, kind);
        if (!_nextSequence.TryGetValue(key, out var next))
        {
            var prefix = parent.Code + letter;
            var codes = parent.Id == 0 ? [] : await db.OrgUnits.Where(o => o.ParentId == parent.Id && o.Kind == kind).Select(o => o.Code).ToListAsync(ct);
            next = codes.Where(c => c.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(c.AsSpan(prefix.Length), out _))
                .Select(c => int.Parse(c.AsSpan(prefix.Length))).DefaultIfEmpty(0).Max() + 1;
        }
        _nextSequence[key] = next + 1;
        var code = $"{parent.Code}{letter}{next:D3}";
        var unit = new OrgUnit
        {
            Code = code,
            Name = name,
            Kind = kind,
            Path = OrgPath.Child(parent.OrgPath, code).Value,
            Depth = parent.Depth + 1,
            Parent = parent,
            Estate = estate,
            IsDemo = isDemo,
        };
        db.OrgUnits.Add(unit);
        return unit;
    }
}
