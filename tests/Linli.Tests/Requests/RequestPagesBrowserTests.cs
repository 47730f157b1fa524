using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Requests;

[Collection(BrowserTests.Name)]
public class RequestPagesBrowserTests(Browser browser)
{
    [Fact]
    public async Task OperatorScreen_FindsCallerShowsSuggestionKeepsInputOnError_ThenRoutes_AndCommunityActsOnIt()
    {
        await using var app = await TestApp.StartAsync();
        using (var api = await app.ApiClientAsync("rexian"))
        {
            await RequestsFixture.CreateAsync(api, new { channel = "Hotline", category = "0102", place = RequestsFixture.Binxi, description = "上周反映的垃圾问题", phone = "13912345678" });
        }
        var page = await browser.SignedInPageAsync(app, "rexian");
        await page.GotoAsync("/requests/intake");
        await page.GetByRole(AriaRole.Heading, new() { Name = "受理诉求" }).WaitForAsync();

        // Find the caller by phone: their earlier request is listed.
        await page.GetByLabel("来电号码").FillAsync("13912345678");
        await page.Locator("#find-caller").ClickAsync();
        await page.Locator("#caller-history").WaitForAsync();
        Assert.Contains("垃圾清运不及时", await page.Locator("#caller-history").InnerTextAsync());
        Assert.Contains("（1）", await page.Locator("#caller-history h2").InnerTextAsync());

        await page.Locator("#i-category").SelectOptionAsync("0201");
        await page.GetByLabel("发生地（社区代码或名称）").FillAsync(RequestsFixture.Binxi);
        await page.Locator("#preview-route").ClickAsync();
        await page.Locator("#suggested").WaitForAsync();
        Assert.Equal("滨西社区居民委员会", await page.Locator("#suggested").InnerTextAsync());

        // Too short a description: the message sits at the field, everything typed stays.
        await page.GetByLabel("诉求内容").FillAsync("坏了");
        await page.Locator("#save-route").ClickAsync();
        await page.Locator(".validation-message", new() { HasText = "请描述诉求内容" }).WaitForAsync();
        Assert.Equal("13912345678", await page.GetByLabel("来电号码").InputValueAsync());
        Assert.Equal("0201", await page.Locator("#i-category").InputValueAsync());

        await page.GetByLabel("诉求内容").FillAsync("5号楼电梯困人，请尽快处理");
        await page.Locator("#save-route").ClickAsync();
        await page.Locator("#created").WaitForAsync();
        var number = await page.Locator("#tracking-number").InnerTextAsync();
        Assert.Matches(@"^Q\d{8}-\d{6}$", number);
        Assert.Contains("已派单", await page.Locator("#created").InnerTextAsync());

        // The community worker sees it in the unit's queue and signs for it.
        var worker = await browser.SignedInPageAsync(app, "shequ");
        await worker.GotoAsync("/requests?mine=true");
        await worker.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await worker.Locator("#act-accept").WaitForAsync();
        Assert.Contains("139****5678", await worker.Locator("#phone").InnerTextAsync());
        await worker.Locator("#act-accept").ClickAsync();
        await worker.Locator("#action-done").WaitForAsync();
        Assert.Equal("已签收", await worker.Locator("#status").InnerTextAsync());
        await worker.Locator("#act-resolve").ClickAsync();
        await worker.Locator("#action-error, .validation-message").First.WaitForAsync();
        Assert.Equal("已签收", await worker.Locator("#status").InnerTextAsync());
        Assert.Contains("签收", await worker.Locator("#history").InnerTextAsync());
    }

    [Fact]
    public async Task Portal_OnAPhone_SubmitsWithCommunitySearch_ThenTracksWithNumberAndCode()
    {
        await using var app = await TestApp.StartAsync();
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/portal");

        await page.Locator("#p-category").SelectOptionAsync("0101");
        await page.GetByLabel("在哪个社区（输入社区名称查找）").FillAsync("滨西");
        await page.Locator("#search-community").ClickAsync();
        await page.Locator("#community-matches").WaitForAsync();
        await page.GetByLabel("滨西社区居民委员会").CheckAsync();
        await page.GetByLabel("问题描述").FillAsync("滨河路东段路灯晚上不亮");
        await page.GetByLabel("联系电话（仅用于回访，不会公开）").FillAsync("1391234");
        await page.Locator("#submit-request").ClickAsync();
        await page.Locator(".validation-message", new() { HasText = "联系电话格式不正确" }).WaitForAsync();
        Assert.Equal("滨河路东段路灯晚上不亮", await page.GetByLabel("问题描述").InputValueAsync());

        await page.GetByLabel("联系电话（仅用于回访，不会公开）").FillAsync("13912345678");
        await page.Locator("#submit-request").ClickAsync();
        await page.Locator("#created").WaitForAsync();
        var number = await page.Locator("#tracking-number").InnerTextAsync();
        var code = await page.Locator("#verification-code").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "查询进度" }).ClickAsync();
        await page.GetByLabel("查询码").WaitForAsync();
        Assert.Equal(number, await page.GetByLabel("诉求编号").InputValueAsync());
        await page.GetByLabel("查询码").FillAsync(code == "000000" ? "111111" : "000000");
        await page.Locator("#track-submit").ClickAsync();
        await page.Locator("#track-error").WaitForAsync();
        Assert.Contains("编号或查询码不正确", await page.Locator("#track-error").InnerTextAsync());

        await page.GetByLabel("查询码").FillAsync(code);
        await page.Locator("#track-submit").ClickAsync();
        await page.Locator("#track-result").WaitForAsync();
        Assert.Equal("已受理", await page.Locator("#track-status").InnerTextAsync());
        Assert.DoesNotContain("13912345678", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
