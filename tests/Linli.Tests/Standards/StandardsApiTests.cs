using System.Net;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Standards;

public class StandardsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gaps_Api_GivesFiguresWithTheirStandards_AndRefusesOutsideTheArea(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StaffingFixture.SeedAsync(app.Services);
        using var bureau = await app.ApiClientAsync("minzheng");
        using var street = await app.ApiClientAsync("jiedao");

        using var gaps = JsonDocument.Parse(await bureau.GetStringAsync("/api/v1/gaps?unit=4111&year=2025"));
        var total = gaps.RootElement.GetProperty("total");
        Assert.Equal(4, total.GetProperty("workersActual").GetInt32());
        Assert.Equal(20.0m, total.GetProperty("turnoverRate").GetDecimal());
        var households = total.GetProperty("requirements")[0];
        Assert.Equal((7, 3), (households.GetProperty("workersRequired").GetInt32(), households.GetProperty("workersGap").GetInt32()));
        Assert.Equal(["41", "411102"], households.GetProperty("standards").EnumerateArray().Select(s => s.GetProperty("setAtCode").GetString()));

        var outside = await street.GetAsync("/api/v1/gaps?unit=411103&year=2025");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("不在您的管辖范围内", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badYear = await street.GetAsync("/api/v1/gaps?year=1800");
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("年份应在2000到", await badYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standards_Api_ListsValuesInForceAndWhereSet_ExportMasksIds()
    {
        await using var app = await TestApp.StartAsync();
        await StaffingFixture.SeedAsync(app.Services);
        using var worker = await app.ApiClientAsync("shequ");
        using var department = await app.ApiClientAsync("bumen");

        using var standards = JsonDocument.Parse(await worker.GetStringAsync($"/api/v1/standards?unit={StaffingFixture.Binxi}&date=2025-06-01"));
        var list = standards.RootElement.GetProperty("standards").EnumerateArray().ToList();
        var perWorker = list.Single(s => s.GetProperty("key").GetString() == "households_per_worker");
        Assert.Equal((300m, "411102", "2024-01-01"), (perWorker.GetProperty("value").GetDecimal(), perWorker.GetProperty("setAtCode").GetString(), perWorker.GetProperty("validFrom").GetString()));
        Assert.Contains(list, s => s.GetProperty("key").GetString() == "committee_size" && s.GetProperty("setAtName").GetString() == "全国");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/api/v1/standards?unit=411103")).StatusCode);

        var export = await worker.GetAsync($"/api/v1/workers/export?unit={StaffingFixture.Binxi}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var xlsx = await export.Content.ReadAsStreamAsync();
        var opened = Linli.Core.Common.Spreadsheets.TabularFile.Open(xlsx, "x.xlsx");
        using var source = opened.Source!;
        var rows = source.ReadRows().ToList();
        Assert.Equal(Linli.Core.Features.Workers.WorkerTemplate.Headers, rows[0].Cells.Take(11));
        Assert.Equal(5, rows.Count); // header + the four 滨西 workers, including those who left
        Assert.All(rows.Skip(1), r => Assert.Contains("********", r.Cells[1], StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await department.GetAsync($"/api/v1/workers/export?unit=4111")).StatusCode);
    }
}
