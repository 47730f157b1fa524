using Linli.Core.Features.Hierarchy;

namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// Grids (网格), estates (小区) and buildings (楼栋) of one committee. Codes follow the registry's own
/// scheme (see AddressResolver): committee code + G001 for grids, grid code + B001 for buildings.
/// </summary>
public static class DemoPlaces
{
    public const int GridsPerCommittee = 2;

    private static readonly string[] EstateWords = ["滨河", "翠柳", "幸福", "金色", "阳光", "锦绣", "和谐", "丽景", "紫薇", "华庭", "嘉禾", "怡景", "泰和", "春晖", "御景", "铁路", "建业", "康宁", "文苑", "盛世"];
    private static readonly string[] EstateKinds = ["花园", "家园", "小区", "新城", "佳苑", "名苑", "雅居", "公寓", "新村", "府"];
    private static readonly string[] GridNames = ["第一网格", "第二网格", "第三网格", "第四网格"];

    /// <summary>A building with its layout, so households can be given real-looking addresses.</summary>
    public sealed record BuildingLayout(OrgUnit Building, int Entrances, int Floors);

    public static List<OrgUnit> Grids(DemoCommittee committee) =>
        [.. Enumerable.Range(1, GridsPerCommittee).Select(n => Child(committee.Code, committee.Path, committee.Depth, committee.Id, OrgUnitKind.Grid, $"G{n:D3}", GridNames[n - 1]))];

    public static List<Estate> Estates(DemoRandom random, DemoCommittee committee)
    {
        var count = random.Between(2, 4);
        var names = new HashSet<string>();
        while (names.Count < count)
        {
            names.Add(random.Pick(EstateWords) + random.Pick(EstateKinds));
        }
        return [.. names.Select(n => new Estate { CommunityId = committee.Id, Name = n, IsDemo = true })];
    }

    /// <summary>Two to five buildings per estate, shared out over the grids in turn.</summary>
    public static List<BuildingLayout> Buildings(DemoRandom random, IReadOnlyList<OrgUnit> grids, IReadOnlyList<Estate> estates)
    {
        var layouts = new List<BuildingLayout>();
        var perGrid = new int[grids.Count];
        foreach (var estate in estates)
        {
            var floors = random.Pick([6, 7, 11, 18, 26]);
            var count = random.Between(2, 5);
            for (var n = 1; n <= count; n++)
            {
                var g = layouts.Count % grids.Count;
                var grid = grids[g];
                var building = Child(grid.Code, grid.Path, grid.Depth, 0, OrgUnitKind.Building, $"B{++perGrid[g]:D3}", $"{estate.Name}{n}号楼");
                (building.Parent, building.Estate) = (grid, estate);
                layouts.Add(new BuildingLayout(building, random.Between(1, 3), floors));
            }
        }
        return layouts;
    }

    private static OrgUnit Child(string parentCode, string parentPath, int parentDepth, long parentId, OrgUnitKind kind, string suffix, string name)
    {
        var code = parentCode + suffix;
        return new OrgUnit
        {
            Code = code,
            Name = name,
            Kind = kind,
            ParentId = parentId == 0 ? null : parentId,
            Path = OrgPath.Child(new OrgPath(parentPath), code).Value,
            Depth = parentDepth + 1,
            IsDemo = true,
        };
    }
}
