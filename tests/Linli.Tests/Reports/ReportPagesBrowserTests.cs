using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Reports;

/// <summary>The dashboard drill-down, the report page's click-through to evidence and its downloads, in Chromium.</summary>
[Collection(BrowserTests.Name)]
public class ReportPagesBrowserTests(Browser browser)
{
    [Fact]
    public async Task Dashboard_DrillsDownOneLevelAtATime_AndBackUp()
    {
        await using var app = await TestApp.StartAsync();
        await SurveyFiguresTests.SeedAsync(app.Services);
        var page = await browser.SignedInPageAsync(app, "minzheng");

        await page.GotoAsync("/dashboard?unit=4111&year=2025");
        await Expect(page.Locator("#dashboard-unit"), "漯河市");
        Assert.Contains("1,334", await page.Locator(".cards").InnerTextAsync());
        Assert.Contains("20.0%", await page.Locator(".cards").InnerTextAsync());

        await page.Locator("#children-table").GetByRole(AriaRole.Link, new() { Name = "源汇区" }).ClickAsync();
        await Expect(page.Locator("#dashboard-unit"), "源汇区");
        await page.Locator("#children-table").GetByRole(AriaRole.Link, new() { Name = "老街街道" }).ClickAsync();
        await Expect(page.Locator("#dashboard-unit"), "老街街道");
        Assert.Contains("滨西社区居民委员会", await page.Locator("#children-table").InnerTextAsync());

        await page.Locator("#up").ClickAsync();
        await Expect(page.Locator("#dashboard-unit"), "源汇区");
    }

    [Fact]
    public async Task SurveyPage_FigureOpensItsRecords_AndTheDocxDownloads()
    {
        await using var app = await TestApp.StartAsync();
        await SurveyFiguresTests.SeedAsync(app.Services);
        var page = await browser.SignedInPageAsync(app, "minzheng");

        await page.GotoAsync("/reports/survey?unit=411103&year=2025&population_bands=500,1000");
        await page.GetByRole(AriaRole.Heading, new() { Name = "郾城区社区基本情况报告" }).WaitForAsync();
        // "1000人及以上的1个": the band's figure links to the one community it counts.
        var report = page.Locator("article.report");
        await report.Locator("p a[href*='figure=population_band_2']").First.ClickAsync();
        await Expect(page.Locator("#evidence-caption"), "居民1000人及以上的社区（1个）");
        Assert.Contains("嵩山路", await page.Locator("#evidence-table").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "返回报告" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "郾城区社区基本情况报告" }).WaitForAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-docx").ClickAsync());
        Assert.Equal("基本情况报告-411103-2025.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    private static async Task Expect(ILocator locator, string text)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await locator.CountAsync() > 0 && (await locator.InnerTextAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"\"{text}\" did not appear in {locator}");
    }
}
