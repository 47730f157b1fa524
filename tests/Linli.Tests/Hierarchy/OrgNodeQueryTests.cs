using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Hierarchy;

public class OrgNodeQueryTests
{
    private const string BinXi = "411102001001";   // 滨西社区, 老街街道, 源汇区
    private const string XinHua = "411102001002";  // 新华社区, same street
    private const string Street = "411102001";

    /// <summary>
    /// 滨西: grid 一网格 with building 1号楼 in estate 幸福小区 (one household of three, one of whom
    /// moved out), building 2号楼 directly under the community (two people). 新华: one household
    /// attached to the community itself (one person).
    /// </summary>
    private static async Task SeedAsync(CoreServices core)
    {
        var city = await core.CallerAtAsync("4111", Role.CivilAffairs);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var binxi = await HierarchyData.UnitIdAsync(sp, BinXi);
        var grid = (await sp.GetRequiredService<CreateGrid>().HandleAsync(city, binxi, "一网格")).Value!;
        var estate = (await sp.GetRequiredService<CreateEstate>().HandleAsync(city, binxi, "幸福小区")).Value!;
        Assert.True((await sp.GetRequiredService<CreateBuilding>().HandleAsync(city, grid.Id, "1号楼", estate.Id)).Ok);
        Assert.True((await sp.GetRequiredService<CreateBuilding>().HandleAsync(city, binxi, "2号楼", null)).Ok);

        var h1 = await HierarchyData.HouseholdAsync(sp, BinXi, "一网格", "幸福小区", "1号楼", "101");
        await HierarchyData.ResidentAsync(sp, city, h1, "张大爷", new(1940, 3, 1), male: true, tags: "低保");
        await HierarchyData.ResidentAsync(sp, city, h1, "张小明", new(2015, 6, 1), male: true, relation: "孙子");
        var gone = await HierarchyData.ResidentAsync(sp, city, h1, "张丽", new(1990, 1, 1), male: false, relation: "女儿");
        var h2 = await HierarchyData.HouseholdAsync(sp, BinXi, null, null, "2号楼", "201");
        await HierarchyData.ResidentAsync(sp, city, h2, "李强", new(1980, 5, 5), male: true, ResidenceType.Floating);
        await HierarchyData.ResidentAsync(sp, city, h2, "王芳", new(1982, 7, 7), male: false, ResidenceType.Floating, "妻子");
        var h3 = await HierarchyData.HouseholdAsync(sp, XinHua, null, null, null, "3");
        await HierarchyData.ResidentAsync(sp, city, h3, "赵六", new(1960, 2, 2), male: true);

        var db = sp.GetRequiredService<LinliDb>();
        await db.Residents.Where(r => r.Id == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ResidentStatus.MovedOut));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Node_CountsSubUnitsHouseholdsAndActiveResidents_AtEveryLevel(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await SeedAsync(core);
        var city = await core.CallerAtAsync("4111", Role.CivilAffairs);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var query = sp.GetRequiredService<OrgNodeQuery>();
        var all = await sp.GetRequiredService<LinliDb>().OrgUnits.AsNoTracking().Select(o => o.Path).ToListAsync();
        int UnitsBelow(string path) => all.Count(p => p.StartsWith(path, StringComparison.Ordinal)) - 1;

        var cityNode = (await query.HandleAsync(city, await HierarchyData.UnitIdAsync(sp, "4111"))).Value!;
        var yuanhui = Assert.Single(cityNode.Children, c => c.Unit.Code == "411102");
        Assert.Equal(new UnitCounts(UnitsBelow(yuanhui.Unit.Path), 3, 5), yuanhui.Counts);
        Assert.All(cityNode.Children.Where(c => c.Unit.Code != "411102"), c => Assert.Equal(0, c.Counts.Residents));
        Assert.Equal(new UnitCounts(UnitsBelow(cityNode.Unit.Path), 3, 5), cityNode.Totals);

        var streetNode = (await query.HandleAsync(city, await HierarchyData.UnitIdAsync(sp, Street))).Value!;
        Assert.Equal(new UnitCounts(3, 2, 4), streetNode.Children.Single(c => c.Unit.Code == BinXi).Counts);
        Assert.Equal(new UnitCounts(0, 1, 1), streetNode.Children.Single(c => c.Unit.Code == XinHua).Counts);
        Assert.Equal(["4111", "411102"], streetNode.Breadcrumb.Select(b => b.Code));

        var community = (await query.HandleAsync(city, await HierarchyData.UnitIdAsync(sp, BinXi))).Value!;
        Assert.Equal(new UnitCounts(1, 1, 2), community.Children.Single(c => c.Unit.Name == "一网格").Counts);
        Assert.Equal(new UnitCounts(0, 1, 2), community.Children.Single(c => c.Unit.Name == "2号楼").Counts);
        var estate = Assert.Single(community.Estates);
        Assert.Equal(("幸福小区", 1, 1, 2), (estate.Name, estate.Buildings, estate.Households, estate.Residents));
        Assert.Empty(community.Households);

        var xinhua = (await query.HandleAsync(city, await HierarchyData.UnitIdAsync(sp, XinHua))).Value!;
        Assert.Equal(new UnitCounts(0, 1, 1), xinhua.Direct);
        var household = Assert.Single(xinhua.Households);
        Assert.Equal(("赵六", 1, "3"), (household.HeadName, household.Members, household.Room));

        var gridId = community.Children.Single(c => c.Unit.Name == "一网格").Unit.Id;
        var grid = (await query.HandleAsync(city, gridId)).Value!;
        var building = (await query.HandleAsync(city, Assert.Single(grid.Children).Unit.Id)).Value!;
        Assert.Equal("幸福小区", building.Unit.EstateName);
        var row = Assert.Single(building.Households);
        Assert.Equal(("张大爷", 2, "幸福小区", "1号楼"), (row.HeadName, row.Members, row.Estate, row.Building));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Profile_GroupsResidentsByTypeKeyGroupAgeAndSex(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await SeedAsync(core);
        var worker = await core.CallerAtAsync(BinXi, Role.CommunityWorker);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;

        var profile = (await sp.GetRequiredService<UnitProfileQuery>().HandleAsync(worker, await HierarchyData.UnitIdAsync(sp, BinXi))).Value!;

        Assert.Equal((2, 4), (profile.Households, profile.Residents));
        int Of(IEnumerable<UnitProfileQuery.Slice> slices, string key) => slices.Single(s => s.Key == key).Count;
        Assert.Equal((2, 2), (Of(profile.ResidenceTypes, "Registered"), Of(profile.ResidenceTypes, "Floating")));
        Assert.Equal((3, 1), (Of(profile.Sexes, "Male"), Of(profile.Sexes, "Female")));
        Assert.Equal([1, 0, 2, 0, 1, 0], profile.AgeBands.Select(b => b.Count));
        Assert.Equal((1, 1, 1), (Of(profile.KeyGroups, "低保"), Of(profile.KeyGroups, KeyGroups.Elderly60), Of(profile.KeyGroups, KeyGroups.Elderly80)));
        Assert.Contains(profile.KeyGroups, g => g.Key == "严重精神障碍");

        var department = await core.CallerAtAsync("4111", Role.Department);
        var forDepartment = (await sp.GetRequiredService<UnitProfileQuery>().HandleAsync(department, await HierarchyData.UnitIdAsync(sp, BinXi))).Value!;
        Assert.DoesNotContain(forDepartment.KeyGroups, g => g.Key == "严重精神障碍");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Node_OutsideTheCallersSubtree_IsNotFound_AndTheStreetSeesItsCommunities(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await SeedAsync(core);
        var worker = await core.CallerAtAsync(XinHua, Role.CommunityWorker);
        var street = await core.CallerAtAsync(Street, Role.StreetOffice);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var binxi = await HierarchyData.UnitIdAsync(sp, BinXi);

        Assert.Equal(OrgNodeQuery.NotFound, (await sp.GetRequiredService<OrgNodeQuery>().HandleAsync(worker, binxi)).Failure);
        Assert.Equal(OrgNodeQuery.NotFound, (await sp.GetRequiredService<UnitProfileQuery>().HandleAsync(worker, binxi)).Failure);
        Assert.Equal(OrgNodeQuery.NotFound, (await sp.GetRequiredService<OrgNodeQuery>().HandleAsync(worker, await HierarchyData.UnitIdAsync(sp, Street))).Failure);

        var streetNode = (await sp.GetRequiredService<OrgNodeQuery>().HandleAsync(street, await HierarchyData.UnitIdAsync(sp, Street))).Value!;
        Assert.Contains(streetNode.Children, c => c.Unit.Code == BinXi);
        Assert.Contains(streetNode.Children, c => c.Unit.Code == XinHua);
        Assert.Empty(streetNode.Breadcrumb);
        var own = (await sp.GetRequiredService<OrgNodeQuery>().HandleAsync(worker, await HierarchyData.UnitIdAsync(sp, XinHua))).Value!;
        Assert.Equal(new UnitCounts(0, 1, 1), own.Totals);
        Assert.Equal(("赵六", "3"), (own.Households[0].HeadName, own.Households[0].Room));

        // Departments see counts, not who lives in which room.
        var department = await core.CallerAtAsync("4111", Role.Department);
        var seen = (await sp.GetRequiredService<OrgNodeQuery>().HandleAsync(department, await HierarchyData.UnitIdAsync(sp, XinHua))).Value!;
        Assert.Equal((1, (string?)null, (string?)null), (seen.Households[0].Members, seen.Households[0].HeadName, seen.Households[0].Room));
        Assert.False(seen.CanEditStructure);
    }
}
