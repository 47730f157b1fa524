using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Registry;

[Collection(BrowserTests.Name)]
public class ResidentPagesBrowserTests(Browser browser)
{
    [Fact]
    public async Task SignIn_Search_OpenResident_EditWithAnError_ThenSave()
    {
        await using var app = await TestApp.StartAsync();
        var idNumber = RegistryFixture.IdNumber(101);
        using (var api = await app.ApiClientAsync("shequ"))
        {
            var household = await RegistryApiFixture.HouseholdAsync(api, "101");
            await RegistryApiFixture.MemberAsync(api, household, "张三", idNumber, "13812345678");
        }
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GetByRole(AriaRole.Link, new() { Name = "居民" }).First.ClickAsync();
        await page.GetByLabel("姓名").FillAsync("张");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForSelectorAsync("text=共找到 1 人");
        Assert.Contains("138****5678", await page.Locator("table").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "张三" }).ClickAsync();
        await page.WaitForSelectorAsync("#document-number");
        Assert.Equal("411102********" + idNumber[^4..], await page.Locator("#document-number").InnerTextAsync());

        // Disclosure needs a purpose; then the full number shows.
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForSelectorAsync("text=请填写查看事由");
        await page.GetByLabel("查看事由").FillAsync("开具居住证明");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForSelectorAsync($"#document-number:text('{idNumber}')");

        await page.GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
        await page.GetByLabel("姓名").FillAsync(" ");
        await page.GetByLabel("新联系电话（留空不变）").FillAsync("13900001111");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForSelectorAsync(".validation-message:text('姓名不能为空')");
        Assert.Equal("13900001111", await page.GetByLabel("新联系电话（留空不变）").InputValueAsync());

        await page.GetByLabel("姓名").FillAsync("张三丰");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存");
        Assert.Contains("张三丰", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("139****1111", await page.Locator("#phone").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "履历" }).ClickAsync();
        await page.WaitForSelectorAsync("text=姓名: 张三 → 张三丰");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('history')");
        await page.GotoAsync("/residents");
        Assert.Equal("Find residents", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task GridWorkerOnAPhone_FindsByIdNumber_AndThePagesFitTheScreen()
    {
        await using var app = await TestApp.StartAsync();
        var idNumber = RegistryFixture.IdNumber(202, "19450101");
        using (var api = await app.ApiClientAsync("shequ"))
        {
            var household = await RegistryApiFixture.HouseholdAsync(api, "202");
            await RegistryApiFixture.MemberAsync(api, household, "王奶奶", idNumber, "13612345678");
        }
        var page = await browser.SignedInPageAsync(app, "wangge", viewport: new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync("/residents");
        await AssertFitsAsync(page);
        await page.GetByLabel("证件号码（完整）").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForSelectorAsync("text=共找到 1 人");
        await AssertFitsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "王奶奶" }).ClickAsync();
        await page.WaitForSelectorAsync("text=60岁以上");
        await AssertFitsAsync(page);
        // A grid worker may reveal the phone (to call) but not the ID number.
        Assert.Equal(1, await page.Locator("#disclose-field option").CountAsync());
        await page.GetByLabel("查看事由").FillAsync("上门前电话联系");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForSelectorAsync("#phone:text('13612345678')");
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide at 390px: {page.Url}");
    }
}
