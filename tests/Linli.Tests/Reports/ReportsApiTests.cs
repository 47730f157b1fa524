using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Reports;

/// <summary>GET /api/v1/reports/survey: the figures JSON with its documented keys, the files, scope and bad input.</summary>
public class ReportsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SurveyJson_HasTheDocumentedKeysWithStandards_AndStaysInTheCallersArea(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SurveyFiguresTests.SeedAsync(app.Services);
        using var bureau = await app.ApiClientAsync("minzheng");
        using var street = await app.ApiClientAsync("jiedao");

        using var json = JsonDocument.Parse(await bureau.GetStringAsync("/api/v1/reports/survey?unit=4111&year=2025&population_bands=500,1000"));
        var root = json.RootElement;
        foreach (var key in new[] { "communities", "households", "residents", "workers_required", "workers_actual", "workers_gap", "turnover_rate", "population_bands", "oversize_communities", "problems", "children" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }
        Assert.Equal(1334, root.GetProperty("communities").GetProperty("value").GetInt32());
        Assert.Equal(1259, root.GetProperty("communities").GetProperty("by_type").GetProperty("villagers").GetInt32());
        Assert.Equal((7, 4, 3), (root.GetProperty("workers_required").GetProperty("value").GetInt32(), root.GetProperty("workers_actual").GetProperty("value").GetInt32(),
            root.GetProperty("workers_gap").GetProperty("value").GetInt32()));
        Assert.NotEmpty(root.GetProperty("workers_gap").GetProperty("standards").EnumerateArray());
        Assert.Equal(20.0m, root.GetProperty("turnover_rate").GetProperty("value").GetDecimal());
        Assert.Equal([1331, 1, 2], root.GetProperty("population_bands").GetProperty("value").EnumerateArray().Select(b => b.GetProperty("communities").GetInt32()));
        var oversize = root.GetProperty("oversize_communities");
        Assert.Equal((2, 2), (oversize.GetProperty("value").GetInt32(), oversize.GetProperty("new_communities_needed").GetInt32()));
        Assert.Equal("4111", oversize.GetProperty("standards")[0].GetProperty("set_at_code").GetString());
        Assert.StartsWith("/reports/evidence?figure=oversize_communities&unit=4111&year=2025", oversize.GetProperty("evidence").GetString(), StringComparison.Ordinal);

        // 老街街道's account: its own street is fine, the neighbouring district is not found, bad arguments are named.
        Assert.Equal(HttpStatusCode.OK, (await street.GetAsync("/api/v1/reports/survey?unit=411102001&year=2025")).StatusCode);
        var outside = await street.GetAsync("/api/v1/reports/survey?unit=411103&year=2025&format=docx");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("不在您的管辖范围内", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertBadAsync(street, "/api/v1/reports/survey?year=20x5", "year");
        await AssertBadAsync(street, "/api/v1/reports/survey?year=1999", "year");
        await AssertBadAsync(street, "/api/v1/reports/survey?format=pdf", "format");
        await AssertBadAsync(street, "/api/v1/reports/survey?population_bands=300,100", "population_bands");
    }

    [Fact]
    public async Task SurveyFiles_DocxXlsxAndHtml_Download()
    {
        await using var app = await TestApp.StartAsync();
        await SurveyFiguresTests.SeedAsync(app.Services);
        using var bureau = await app.ApiClientAsync("minzheng");

        var docx = await bureau.GetAsync("/api/v1/reports/survey?unit=411103&year=2025&format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("郾城区社区基本情况报告", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }
        var xlsx = await bureau.GetAsync("/api/v1/reports/survey?unit=411103&year=2025&format=xlsx");
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("人口规模", book.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        }
        var html = await bureau.GetStringAsync("/api/v1/reports/survey?unit=411103&year=2025&format=html");
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
    }

    private static async Task AssertBadAsync(HttpClient client, string url, string field)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("message_zh").GetString()));
    }
}
