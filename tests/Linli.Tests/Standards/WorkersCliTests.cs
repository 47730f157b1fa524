using Linli.Tests.Infrastructure;

namespace Linli.Tests.Standards;

/// <summary>`linli workers import FILE` against a SQLite data folder, as an operator runs it.</summary>
public sealed class WorkersCliTests : IDisposable
{
    private readonly CliDataFolder _cli = new();

    [Fact]
    public async Task WorkersImport_GoodFileImports_BadFileExitsNonZeroAndWritesNothing()
    {
        Assert.Equal(0, await _cli.RunAsync("divisions", "import", "--code", "411102"));
        const string header = "姓名,证件号码,社区代码,岗位,用工方式,入职日期";
        var good = _cli.WriteLines("good.csv", header, $"张伟,{TestIds.Make(new(1990, 5, 1), true)},411102001001,主任,选举产生,2021-06-01");
        var bad = _cli.WriteLines("bad.csv", header, $"李娜,{TestIds.Make(new(1991, 5, 1), false)},411102001001,主任,选举产生,2021-06-01", "王芳,123,411102001001,主任,选举产生,2021-06-01");

        Assert.Equal(0, await _cli.RunAsync("workers", "import", good));
        Assert.Equal(1, _cli.CountRows("community_workers"));
        Assert.Equal(1, await _cli.RunAsync("workers", "import", bad));
        Assert.Equal(1, await _cli.RunAsync("workers", "import", Path.Combine(_cli.Path, "missing.csv")));
        Assert.Equal(1, _cli.CountRows("community_workers"));
    }

    public void Dispose() => _cli.Dispose();
}
