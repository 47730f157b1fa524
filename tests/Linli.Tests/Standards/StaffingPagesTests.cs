using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Standards;

[Collection(BrowserTests.Name)]
public class StaffingPagesTests(Browser browser)
{
    [Fact]
    public async Task GapPage_DrillsDownFromCityToCommunity_CitingTheStandardBesideEachFigure()
    {
        await using var app = await TestApp.StartAsync();
        await StaffingFixture.SeedAsync(app.Services);
        var page = await browser.SignedInPageAsync(app, "minzheng");

        await page.GotoAsync("/gaps?unit=4111&year=2025");
        var total = page.Locator("#gap-table tr.total");
        Assert.Contains("合计", await total.InnerTextAsync());
        Assert.Contains("20.0%", await total.InnerTextAsync());

        await page.Locator("#gap-table").GetByRole(AriaRole.Link, new() { Name = "源汇区" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("unit=411102&", StringComparison.Ordinal));
        await page.Locator("#gap-table").GetByRole(AriaRole.Link, new() { Name = "老街街道" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("unit=411102001&", StringComparison.Ordinal));

        var binxi = page.Locator("#gap-table tr", new() { HasText = "滨西社区居民委员会" });
        var text = await binxi.InnerTextAsync();
        Assert.Contains("300 户/人（源汇区设定，2024-01-01起）", text);
        Assert.Contains("18 人/万人（漯河市设定，2024-01-01起）", text);
        Assert.Contains("25.0%", await page.Locator("#gap-table tr.total").InnerTextAsync()); // 1 left of 4 on the roll in 2025

        await binxi.GetByRole(AriaRole.Link, new() { Name = "滨西社区居民委员会" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("unit=411102001001&", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { Name = "查看社工名册" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/workers?community=411102001001", StringComparison.Ordinal));
        Assert.Contains("张伟", await page.Locator("#roster").InnerTextAsync());
    }

    [Fact]
    public async Task WorkerForm_BadIdKeepsInputAndShowsMessageAtField_ThenSavesAndRecordsLeave()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GotoAsync("/workers");

        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("黄磊");
        await page.GetByLabel("身份证号码").FillAsync("411102199001010010");
        await page.GetByLabel("岗位").SelectOptionAsync("网格员");
        await page.GetByLabel("用工方式").SelectOptionAsync("公开招聘");
        await page.GetByLabel("入职日期").FillAsync("2024-05-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        var message = page.Locator("#worker-form .validation-message");
        await message.WaitForAsync();
        Assert.Contains("校验位错误", await message.InnerTextAsync());
        Assert.Equal("黄磊", await page.GetByLabel("姓名", new() { Exact = true }).InputValueAsync());

        await page.GetByLabel("身份证号码").FillAsync(TestIds.Make(new(1990, 1, 1), male: true));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存：黄磊");
        var row = page.Locator("#roster tr", new() { HasText = "黄磊" });
        Assert.Contains("411102********", await row.InnerTextAsync());

        await row.GetByRole(AriaRole.Link, new() { Name = "办理离职" }).ClickAsync();
        await page.GetByLabel("离职日期").FillAsync("2025-10-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认离职" }).ClickAsync();
        await page.WaitForSelectorAsync("text=请填写离职原因");
        await page.GetByLabel("离职原因").FillAsync("考取公务员");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认离职" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已办理离职：黄磊");
        Assert.DoesNotContain("黄磊", await page.Locator("#roster").InnerTextAsync());
    }

    [Fact]
    public async Task StandardsPage_BureauOverridesAtDistrict_BadValueShownAtField()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "minzheng");
        await page.GotoAsync("/standards?unit=411102");

        await page.GetByLabel("标准", new() { Exact = true }).SelectOptionAsync("households_per_worker");
        await page.GetByLabel("标准值").FillAsync("0");
        await page.GetByLabel("生效日期").First.FillAsync("2025-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForSelectorAsync("text=标准值应为大于0的数");

        await page.GetByLabel("标准值").FillAsync("250");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存");
        var row = page.Locator("#standards-in-force tr", new() { HasText = "每名服务户数" });
        Assert.Contains("250", await row.InnerTextAsync());
        Assert.Contains("源汇区", await row.InnerTextAsync());

        var worker = await browser.SignedInPageAsync(app, "shequ");
        await worker.GotoAsync("/standards");
        Assert.Contains("250", await worker.Locator("#standards-in-force tr", new() { HasText = "每名服务户数" }).InnerTextAsync());
        Assert.Equal(0, await worker.GetByRole(AriaRole.Button, new() { Name = "保存" }).CountAsync());
    }
}
