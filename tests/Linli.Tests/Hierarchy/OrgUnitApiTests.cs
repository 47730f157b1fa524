using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Hierarchy;

public class OrgUnitApiTests
{
    private const string BinXi = DemoCity.SampleCommunityCode; // the demo accounts shequ and wangge work here
    private const string XinHua = "411102001002";
    private const string Street = "411102001";                 // jiedao

    private static async Task<(long BinXi, long XinHua, long Street)> SeedAsync(TestApp app)
    {
        await using var scope = app.Scope();
        var sp = scope.ServiceProvider;
        var street = await HierarchyData.UnitIdAsync(sp, Street);
        var caller = new Caller("seed", "seed", Role.StreetOffice, street, new OrgPath((await sp.GetRequiredService<LinliDb>().OrgUnits.SingleAsync(o => o.Id == street)).Path));
        var h1 = await HierarchyData.HouseholdAsync(sp, BinXi, "东网格", null, "3号楼", "301");
        await HierarchyData.ResidentAsync(sp, caller, h1, "陈一", new(1950, 1, 1), male: true);
        await HierarchyData.ResidentAsync(sp, caller, h1, "陈二", new(1975, 1, 1), male: false, relation: "女儿");
        var h2 = await HierarchyData.HouseholdAsync(sp, XinHua, null, null, null, "9");
        await HierarchyData.ResidentAsync(sp, caller, h2, "周三", new(1988, 8, 8), male: true);
        return (await HierarchyData.UnitIdAsync(sp, BinXi), await HierarchyData.UnitIdAsync(sp, XinHua), street);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommunityWorker_GetsNotFound_ForAnotherCommunity_AndTheStreetSeesBoth(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var ids = await SeedAsync(app);
        using var worker = await app.ApiClientAsync("shequ");

        foreach (var url in new[] { $"/api/v1/org-units/{ids.XinHua}", $"/api/v1/org-units/{ids.XinHua}/profile", $"/api/v1/org-units/{ids.Street}" })
        {
            var response = await worker.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("周三", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsJsonAsync($"/api/v1/org-units/{ids.XinHua}/grids", new { name = "偷建网格" })).StatusCode);

        var own = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{ids.BinXi}");
        Assert.Equal(2, own.GetProperty("totals").GetProperty("residents").GetInt32());
        var grid = own.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("unit").GetProperty("name").GetString() == "东网格");
        Assert.Equal((1, 1, 2), (grid.GetProperty("counts").GetProperty("subUnits").GetInt32(), grid.GetProperty("counts").GetProperty("households").GetInt32(), grid.GetProperty("counts").GetProperty("residents").GetInt32()));

        using var street = await app.ApiClientAsync("jiedao");
        var node = await street.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{ids.Street}");
        var children = node.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("unit").GetProperty("code").GetString()!, c => c.GetProperty("counts").GetProperty("residents").GetInt32());
        Assert.Equal((2, 1), (children[BinXi], children[XinHua]));
        var profile = await street.GetFromJsonAsync<JsonElement>($"/api/v1/org-units/{ids.XinHua}/profile");
        Assert.Equal(1, profile.GetProperty("residents").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAndRename_ValidateNamesRefuseDuplicates_AndAreAudited(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        long binxi;
        await using (var scope = app.Scope())
        {
            binxi = await HierarchyData.UnitIdAsync(scope.ServiceProvider, BinXi);
        }
        using var worker = await app.ApiClientAsync("shequ");

        var empty = await worker.PostAsJsonAsync($"/api/v1/org-units/{binxi}/grids", new { name = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var problem = await empty.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("请填写网格名称", "name"), (problem.GetProperty("detail").GetString(), problem.GetProperty("field").GetString()));

        var created = await worker.PostAsJsonAsync($"/api/v1/org-units/{binxi}/grids", new { name = "第一网格" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var gridId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var duplicate = await worker.PostAsJsonAsync($"/api/v1/org-units/{binxi}/grids?culture=en", new { name = "第一网格" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("already has a grid named \"第一网格\"", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var estate = await worker.PostAsJsonAsync($"/api/v1/org-units/{binxi}/estates", new { name = "阳光小区" });
        var estateId = (await estate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/v1/org-units/{gridId}/buildings", new { name = "1号楼", estateId })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/v1/org-units/{gridId}/buildings", new { name = "1号楼", estateId })).StatusCode);
        // The same name in another estate (or none) is another building.
        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/v1/org-units/{gridId}/buildings", new { name = "1号楼" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/v1/org-units/{gridId}/buildings", new { name = " 1号楼 " })).StatusCode);
        var foreignEstate = await worker.PostAsJsonAsync($"/api/v1/org-units/{gridId}/buildings", new { name = "2号楼", estateId = estateId + 1000 });
        Assert.Equal("estateId", (await foreignEstate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/v1/org-units/{gridId}/grids", new { name = "网格里的网格" })).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/v1/org-units/{binxi}/estates", new { name = "阳光小区" })).StatusCode);
        var tooLong = await worker.PatchAsJsonAsync($"/api/v1/estates/{estateId}", new { name = new string('长', 51) });
        Assert.Equal("小区名称不能超过50个字", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await worker.PatchAsJsonAsync($"/api/v1/estates/{estateId}", new { name = "阳光花园" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.PatchAsJsonAsync($"/api/v1/org-units/{gridId}", new { name = "第一网格（东）" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PatchAsJsonAsync($"/api/v1/org-units/{binxi}", new { name = "改名社区" })).StatusCode);

        using var department = await app.ApiClientAsync("bumen");
        Assert.Equal(HttpStatusCode.Forbidden, (await department.PostAsJsonAsync($"/api/v1/org-units/{binxi}/grids", new { name = "部门网格" })).StatusCode);
        using var gridWorker = await app.ApiClientAsync("wangge");
        Assert.Equal(HttpStatusCode.Forbidden, (await gridWorker.PatchAsJsonAsync($"/api/v1/org-units/{gridId}", new { name = "网格员改名" })).StatusCode);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var grid = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Id == gridId);
            Assert.Equal(("第一网格（东）", BinXi + "G001"), (grid.Name, grid.Code));
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(OrgUnit) && a.EntityId == gridId.ToString()).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["create", "update"], audit.Select(a => a.Action));
            Assert.Equal("第一网格（东）", JsonDocument.Parse(audit[1].After!).RootElement.GetProperty("Name").GetString());
            Assert.Equal("shequ", db.Users.Single(u => u.Id == audit[1].UserId).UserName);
            Assert.Equal("阳光花园", (await db.Estates.AsNoTracking().SingleAsync(e => e.CommunityId == binxi)).Name);
        }
    }
}
