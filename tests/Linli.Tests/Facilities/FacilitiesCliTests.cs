using Linli.Tests.Standards;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Facilities;

/// <summary>`linli facilities import FILE` against a SQLite data folder, as an operator runs it.</summary>
public sealed class FacilitiesCliTests : IDisposable
{
    private readonly CliDataFolder _cli = new();

    [Fact]
    public async Task FacilitiesImport_GoodFileImports_BadFileExitsNonZeroAndWritesNothing()
    {
        Assert.Equal(0, await _cli.RunAsync("divisions", "import", "--code", "411102"));
        const string header = "社区代码,用房名称,面积,产权方式,功能室,户外场地面积";
        var good = _cli.WriteLines("good.csv", header, $"{StaffingFixture.Binxi},党群服务中心,400,自建,便民服务中心、警务室,120");
        var bad = _cli.WriteLines("bad.csv", header, $"{StaffingFixture.Binxi},图书室,50,租用,,", $"{StaffingFixture.Binxi},活动室,-5,租用,,");

        Assert.Equal(0, await _cli.RunAsync("facilities", "import", good));
        Assert.Equal(1, _cli.CountRows("service_rooms"));
        Assert.Equal(1, await _cli.RunAsync("facilities", "import", bad));
        Assert.Equal(1, await _cli.RunAsync("facilities", "import", Path.Combine(_cli.Path, "missing.csv")));
        Assert.Equal(1, _cli.CountRows("service_rooms"));
    }

    public void Dispose() => _cli.Dispose();
}
