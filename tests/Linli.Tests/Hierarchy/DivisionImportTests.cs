using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Hierarchy;

public class DivisionImportTests
{
    [Fact]
    public void DivisionFile_HoldsTheWholeNbs2023List()
    {
        var all = DivisionFile.Read(new LinliPaths("", LinliPaths.FindHome()).DivisionFile).ToList();

        Assert.Equal(31, all.Count(d => d.Kind == OrgUnitKind.Province));
        Assert.Equal(620_573, all.Count(d => d.Kind == OrgUnitKind.Community));
        Assert.Contains(all, d => d.Code == "4111" && d.Name == "漯河市");
    }

    [Theory]
    [InlineData("411102001001", CommitteeType.Residents)]
    [InlineData("411102001199", CommitteeType.Residents)]
    [InlineData("411102100200", CommitteeType.Villagers)]
    [InlineData("411102100399", CommitteeType.Villagers)]
    [InlineData("411102400401", CommitteeType.SimilarToResidents)]
    [InlineData("411102400501", CommitteeType.SimilarToVillagers)]
    [InlineData("4111020010", null)]
    public void CommitteeType_FollowsTheCodeRule(string code, CommitteeType? expected) =>
        Assert.Equal(expected, CommitteeTypes.FromCode(code));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_County_LoadsAncestorsAndSubtreeOnceWithPaths(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using var scope = core.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DivisionImporter>();
        var file = scope.ServiceProvider.GetRequiredService<LinliPaths>().DivisionFile;
        var expected = DivisionFile.Read(file, "411102").Count();

        var first = await importer.ImportAsync(file, "411102");
        var second = await importer.ImportAsync(file, "411102");
        var parent = await importer.ImportAsync(file, "4111");

        Assert.Equal(expected, first.Inserted);
        Assert.Equal(0, second.Inserted);
        Assert.Equal(DivisionFile.Read(file, "4111").Count() - expected, parent.Inserted);

        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var community = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == "411102001001");
        Assert.Equal("41/4111/411102/411102001/411102001001/", community.Path);
        Assert.Equal(OrgUnitKind.Community, community.Kind);
        Assert.Equal(CommitteeType.Residents, community.CommitteeType);
        Assert.Equal("滨西社区居民委员会", community.Name);

        // Everything under 源汇区 is one range over the indexed path.
        var district = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == "411102");
        var under = await db.OrgUnits.Under(new OrgPath(district.Path)).CountAsync();
        Assert.Equal(expected - 2, under); // the file's prefix read includes 41 and 4111
    }
}
