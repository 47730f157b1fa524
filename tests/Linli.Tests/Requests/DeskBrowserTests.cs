using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Requests;

[Collection(BrowserTests.Name)]
public class DeskBrowserTests(Browser browser)
{
    [Fact]
    public async Task RoutingPage_CreatesARuleKeepsInputOnError_TriesARoute_AndWorkloadNumbersOpenTheFilteredQueue()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "jiedao");
        await page.GotoAsync("/requests/routing");
        await page.GetByRole(AriaRole.Heading, new() { Name = "派单规则" }).WaitForAsync();

        await page.Locator("#category").SelectOptionAsync("0201");
        await page.Locator("#rule-place").SelectOptionAsync(RequestsFixture.Binxi);
        await page.Locator("#rule-target").SelectOptionAsync(RequestsFixture.LaojieStreet);
        await page.GetByLabel("说明（可选，如“城管执法”）").FillAsync("电梯由街道统一调度");
        await page.Locator("#rule-save").ClickAsync();
        await page.Locator("#rule-done").WaitForAsync();
        var row = page.Locator("#rules tbody tr", new() { HasText = "电梯由街道统一调度" });
        Assert.Contains("老街街道", await row.InnerTextAsync());

        // The same category and place again: the message sits at the place field and the choices stay.
        await page.Locator("#category").SelectOptionAsync("0201");
        await page.Locator("#rule-place").SelectOptionAsync(RequestsFixture.Binxi);
        await page.Locator("#rule-target").SelectOptionAsync(RequestsFixture.Binxi);
        await page.Locator("#rule-save").ClickAsync();
        await page.Locator(".validation-message", new() { HasText = "已有相同类别、相同地点的派单规则" }).WaitForAsync();
        Assert.Equal("0201", await page.Locator("#category").InputValueAsync());
        Assert.Equal(RequestsFixture.Binxi, await page.Locator("#rule-target").InputValueAsync());

        // Try a route: the rule wins, and the box says why.
        await page.Locator("#try-category").SelectOptionAsync("0201");
        await page.Locator("#try-place").SelectOptionAsync(RequestsFixture.Binxi);
        await page.Locator("#try-submit").ClickAsync();
        await page.Locator("#try-target").WaitForAsync();
        Assert.Equal("老街街道", await page.Locator("#try-target").InnerTextAsync());
        Assert.Contains("【生效】", await page.Locator("#try-matches").InnerTextAsync());

        // Workload: two requests routed to 滨西社区; its "open" number opens the queue with exactly those it counted.
        using (var hotline = await app.ApiClientAsync("rexian"))
        {
            for (var i = 0; i < 2; i++)
            {
                await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0102", place = RequestsFixture.Binxi, description = $"{i + 1}号楼前垃圾未清运", phone = "13912345678", route = true });
            }
        }
        await page.GotoAsync($"/requests/workload?unit={RequestsFixture.LaojieStreet}");
        await page.Locator("#workload").WaitForAsync();
        Assert.Contains("在办", await page.Locator("#workload-definitions").InnerTextAsync());
        var binxi = page.Locator("#workload tbody tr", new() { HasText = "滨西社区" });
        var open = binxi.Locator("td").Nth(1).Locator("a");
        var count = int.Parse(await open.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 2, $"open at 滨西社区: {count}");
        await open.ClickAsync();
        await page.Locator("#workload-filter").WaitForAsync();
        Assert.Contains($"共 {count} 件", await page.Locator("main").InnerTextAsync());
        Assert.Contains("在办", await page.Locator("#workload-filter").InnerTextAsync());
        Assert.Equal(Math.Min(count, 50), await page.Locator("#requests tbody tr").CountAsync());
    }
}
