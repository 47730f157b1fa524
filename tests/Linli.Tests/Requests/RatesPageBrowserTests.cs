using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Linli.Tests.Requests;

[Collection(BrowserTests.Name)]
public class RatesPageBrowserTests(Browser browser)
{
    [Fact]
    public async Task RatesPage_ShowsDefinitionsHandCheckedRatesRankingAndTrend_ExportsXlsx_InEnglishToo()
    {
        await using var app = await TestApp.StartAsync();
        await using (var scope = app.Scope())
        {
            await RatesFixture.SeedAsync(scope.ServiceProvider.GetRequiredService<LinliDb>());
        }
        var page = await browser.SignedInPageAsync(app, "minzheng");

        await page.GotoAsync("/requests/rates?unit=411102001&from=2026-11-01&to=2026-11-30");
        Assert.Contains("在响应时限内签收的件数 ÷ 受理件数", await page.Locator("#definitions").InnerTextAsync());
        Assert.Equal("60.0%", await page.Locator("#response-rate").InnerTextAsync());
        Assert.Equal("75.0%", await page.Locator("#resolution-rate").InnerTextAsync());
        Assert.Equal("50.0%", await page.Locator("#satisfaction-rate").InnerTextAsync());
        var firstCommunity = await page.Locator("#rates-communities tbody tr").First.InnerTextAsync();
        Assert.Contains("新华", firstCommunity);
        Assert.Contains("100.0%", firstCommunity);
        Assert.Equal(3, await page.Locator("#rates-trend svg rect").CountAsync());

        // Drill down from the street to a community.
        await page.Locator("#rates-children").GetByRole(AriaRole.Link, new() { Name = "滨西社区居民委员会" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("unit=411102001001", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Heading, new() { Name = "三率统计：滨西社区居民委员会" }).WaitForAsync();
        Assert.Equal("66.7%", await page.Locator("#response-rate").InnerTextAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#rates-export").ClickAsync());
        await using (var xlsx = File.OpenRead(await download.PathAsync()))
        {
            var opened = TabularFile.Open(xlsx, "rates.xlsx");
            using var source = opened.Source!;
            var rows = source.ReadRows().ToList();
            Assert.Equal("响应率", rows[1].Cells[0]);
        }

        await page.GotoAsync("/requests/rates?unit=411102001&from=2026-11-01&to=2026-11-30&culture=en");
        Assert.Contains("signed for within the response limit", await page.Locator("#definitions").InnerTextAsync());
    }

    [Fact]
    public async Task RatesPage_UnitOutsideTheArea_SaysSoNextToNothingElse()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "jiedao");
        await page.GotoAsync("/requests/rates?unit=411103");
        Assert.Contains("不在您的管辖范围内", await page.Locator("#rates-error").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#rates-total").CountAsync());
    }
}
