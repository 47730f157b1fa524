using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Reports;

/// <summary>`linli report` against a SQLite data folder holding the divisions of 源汇区, as an operator would run it.</summary>
public sealed class ReportCliTests : IDisposable
{
    private readonly CliDataFolder _folder = new();
    private string DataPath => _folder.Path;

    private Task<int> RunAsync(params string[] args) => _folder.RunAsync(args);

    [Fact]
    public async Task Report_WritesEachFormatByExtension_AndJsonWithTheDocumentedKeys()
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));

        foreach (var extension in new[] { "docx", "xlsx", "html" })
        {
            var file = Path.Combine(DataPath, $"report.{extension}");
            Assert.Equal(0, await RunAsync("report", "--unit", "411102", "--year", "2025", "--out", file));
            Assert.True(new FileInfo(file).Length > 1000, extension);
        }
        var json = Path.Combine(DataPath, "figures.json");
        Assert.Equal(0, await RunAsync("report", "--unit", "411102", "--year", "2025", "--format", "json", "--out", json));
        using var figures = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal("411102", figures.RootElement.GetProperty("unit").GetProperty("code").GetString());
        Assert.True(figures.RootElement.GetProperty("communities").GetProperty("value").GetInt32() > 50);
        Assert.Equal(JsonValueKind.Null, figures.RootElement.GetProperty("workers_required").GetProperty("value").ValueKind); // no staffing standard set here
    }

    [Theory]
    [InlineData("--unit", "999999", "--year", "2025", "--format", "json")]   // unknown unit
    [InlineData("--unit", "411102", "--year", "20x5", "--format", "json")]   // not a year
    [InlineData("--unit", "411102", "--year", "1999", "--format", "json")]   // out of range
    [InlineData("--unit", "411102", "--year", "2025", "--out", "r.pdf")]     // unknown extension
    [InlineData("--unit", "411102", "--year", "2025", "--format", "docx", "--out", "r.xlsx")] // format and extension disagree
    [InlineData("--unit", "411102", "--year", "2025")]                       // neither --out nor --format json
    [InlineData("--unit", "411102", "--year", "2025", "--format", "json", "--population-bands", "3,2")]
    public async Task Report_BadArguments_ExitNonZeroAndWriteNothing(params string[] args)
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));
        var before = Directory.GetFiles(DataPath).Length;

        Assert.NotEqual(0, await RunAsync(["report", .. args.Select(a => a.StartsWith("r.", StringComparison.Ordinal) ? Path.Combine(DataPath, a) : a)]));

        Assert.Equal(before, Directory.GetFiles(DataPath).Length);
    }

    public void Dispose() => _folder.Dispose();
}
