using Linli.Core.Features.Demo;
using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Hierarchy;

[Collection(BrowserTests.Name)]
public class OrgPagesBrowserTests(Browser browser)
{
    [Fact]
    public async Task CityAccount_BrowsesDownToACommunity_OpensItsProfile_CreatesAndRenamesAGrid()
    {
        await using var app = await TestApp.StartAsync();
        await using (var scope = app.Scope())
        {
            var street = new Linli.Core.Features.Accounts.Caller("seed", "seed", Linli.Core.Features.Accounts.Role.CivilAffairs,
                await HierarchyData.UnitIdAsync(scope.ServiceProvider, "4111"), new("41/4111/"));
            var household = await HierarchyData.HouseholdAsync(scope.ServiceProvider, DemoCity.SampleCommunityCode, null, "滨河小区", "5号楼", "502");
            await HierarchyData.ResidentAsync(scope.ServiceProvider, street, household, "孙老伯", new(1938, 9, 9), male: true);
        }
        var page = await browser.SignedInPageAsync(app, "minzheng");

        await page.Locator("nav.mainnav").GetByRole(AriaRole.Link, new() { Name = "组织架构" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('漯河市')");
        await page.GetByRole(AriaRole.Link, new() { Name = "源汇区", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('源汇区')");
        var streetRow = page.Locator("table.org-children tr", new() { HasText = "老街街道" });
        Assert.Contains("1", await streetRow.Locator("td").Nth(4).InnerTextAsync(), StringComparison.Ordinal);
        await streetRow.GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "滨西社区居民委员会" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('滨西社区居民委员会')");
        var crumbs = await page.Locator(".breadcrumb li a").AllInnerTextsAsync();
        Assert.Equal(["漯河市", "源汇区"], crumbs.Take(2));
        Assert.StartsWith("老街", crumbs[2], StringComparison.Ordinal);
        Assert.Contains("滨河小区", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Down to the household: building 5号楼 lists it, and its address opens the household page.
        await page.GetByRole(AriaRole.Link, new() { Name = "5号楼" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('5号楼')");
        await page.GetByRole(AriaRole.Link, new() { Name = "滨河小区 5号楼 1单元 502室" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/households/", StringComparison.Ordinal));
        Assert.Contains("孙老伯", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GoBackAsync();
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "概况统计" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('概况')");
        var elderly = page.Locator("tr", new() { HasText = "80岁以上" }).First;
        Assert.Contains("1", await elderly.Locator("td").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "滨西社区居民委员会" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "网格、小区和楼栋管理" }).ClickAsync();
        await page.GetByLabel("网格名称").FillAsync("滨西一网格");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建网格" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已新建网格“滨西一网格”");
        Assert.Contains("滨西一网格", await page.Locator(".structure-list").First.InnerTextAsync(), StringComparison.Ordinal);

        // A duplicate keeps the typed name and says what is wrong under the field.
        await page.GetByLabel("网格名称").FillAsync("滨西一网格");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建网格" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已有名为“滨西一网格”的网格");
        Assert.Equal("滨西一网格", await page.GetByLabel("网格名称").InputValueAsync());

        // Rename: an empty name is refused under the field; a new one shows in the list.
        await page.Locator(".structure-list li", new() { HasText = "滨西一网格" }).GetByRole(AriaRole.Link, new() { Name = "重命名" }).ClickAsync();
        // The structure page has a "网格名称" field too, and an enhanced navigation may change the URL
        // before the new page is in place: fill only once the rename form's own button is there.
        await page.WaitForURLAsync(url => url.EndsWith("/rename", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).WaitForAsync();
        await page.GetByLabel("网格名称").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForSelectorAsync(".validation-message:has-text('请填写网格名称')");
        await page.GetByLabel("网格名称").FillAsync("滨西东网格");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/structure", StringComparison.Ordinal));
        Assert.Contains("滨西东网格", await page.Locator(".structure-list").First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunityWorker_OpeningAnotherCommunity_GetsTheNotFoundPage_OnPostgres()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Postgres);
        long other;
        await using (var scope = app.Scope())
        {
            other = await HierarchyData.UnitIdAsync(scope.ServiceProvider, "411102001002");
        }
        var page = await browser.SignedInPageAsync(app, "shequ");

        await page.GotoAsync("/org");
        Assert.Contains("滨西社区居民委员会", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var url in new[] { $"/org/{other}", $"/org/{other}/profile", $"/org/{other}/structure", $"/org/{other}/rename", "/org/abc", "/no-such-page" })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(404, response!.Status);
            Assert.Contains("页面不存在", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("新华", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
        var api = await page.APIRequest.GetAsync("/api/v1/no-such-endpoint");
        Assert.Equal(404, api.Status);
        Assert.DoesNotContain("<html", await api.TextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TreePage_AtPhoneWidth_HasNoHorizontalOverflow()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "minzheng", viewport: new ViewportSize { Width = 390, Height = 844 });

        await page.GotoAsync("/org");
        await page.GetByRole(AriaRole.Link, new() { Name = "源汇区", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('源汇区')");

        var (scroll, client) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
        Assert.True(scroll <= client, $"page is {scroll}px wide in a {client}px viewport");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "linli-org-390.png"), FullPage = true });

        await page.GotoAsync(page.Url + "?culture=en");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Sub-units", main, StringComparison.Ordinal);
        Assert.Contains("Residents", main, StringComparison.Ordinal);
    }
}
