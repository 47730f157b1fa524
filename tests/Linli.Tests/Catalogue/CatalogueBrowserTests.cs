using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Catalogue;

[Collection(BrowserTests.Name)]
public class CatalogueBrowserTests(Browser browser)
{
    [Fact]
    public async Task Resident_AppliesOnAPhone_StaffAcceptsAndApproves_ResidentSeesTheResult()
    {
        await using var app = await TestApp.StartAsync();
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/services");
        await phone.GetByRole(AriaRole.Link, new() { Name = "老年人优待证" }).ClickAsync();
        await phone.GetByRole(AriaRole.Heading, new() { Name = "老年人优待证" }).WaitForAsync();
        Assert.Contains("5个工作日", await phone.Locator("#time-limit").InnerTextAsync());
        Assert.Contains("近期一寸免冠彩色照片", await phone.Locator("#materials").InnerTextAsync());

        await phone.GetByLabel("申请人所在社区（输入社区名称查找）").FillAsync("滨西");
        await phone.Locator("#search-community").ClickAsync();
        await phone.Locator("#community-matches").WaitForAsync();
        await phone.GetByLabel("滨西社区居民委员会").CheckAsync();
        await phone.GetByLabel("申请人姓名").FillAsync("张桂兰");
        await phone.GetByLabel("申请人身份证号码").FillAsync("110105194912310021");
        await phone.GetByLabel("联系电话").FillAsync("1391234");
        await phone.Locator("#submit-application").ClickAsync();
        await phone.Locator(".validation-message", new() { HasText = "校验位错误" }).WaitForAsync();
        Assert.Equal(1, await phone.Locator(".validation-message", new() { HasText = "联系电话格式不正确" }).CountAsync());
        Assert.Equal("张桂兰", await phone.GetByLabel("申请人姓名").InputValueAsync());

        await phone.GetByLabel("申请人身份证号码").FillAsync("11010519491231002X");
        await phone.GetByLabel("联系电话").FillAsync("13912345678");
        await phone.Locator("#submit-application").ClickAsync();
        await phone.Locator("#created").WaitForAsync();
        var number = await phone.Locator("#tracking-number").InnerTextAsync();
        var code = await phone.Locator("#verification-code").InnerTextAsync();

        // The community worker finds it in the queue, accepts it, then approves it.
        var staff = await browser.SignedInPageAsync(app, "shequ");
        await staff.GotoAsync("/applications");
        await staff.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await staff.Locator("#act-accept").WaitForAsync();
        Assert.Contains("110105********002X", await staff.Locator("#answers").InnerTextAsync());
        Assert.DoesNotContain("11010519491231002X", await staff.ContentAsync());
        await staff.Locator("#act-accept").ClickAsync();
        await staff.Locator("#act-approve").WaitForAsync();
        await staff.GetByLabel("说明（告知补正须列明材料，不予受理须写明理由）").FillAsync("准予办理，请到社区领取优待证");
        await staff.Locator("#act-approve").ClickAsync();
        await staff.Locator("#status", new() { HasText = "办结（准予）" }).WaitForAsync();

        await phone.GotoAsync($"/services/track?number={number}");
        await phone.GetByLabel("查询码").FillAsync(code);
        await phone.Locator("#track-submit").ClickAsync();
        await phone.Locator("#track-result").WaitForAsync();
        Assert.Equal("办结（准予）", await phone.Locator("#track-status").InnerTextAsync());
        Assert.Equal("准予办理，请到社区领取优待证", await phone.Locator("#track-outcome").InnerTextAsync());
    }

    [Fact]
    public async Task Admin_EditsAnItem_ErrorsStayNextToTheRowWithInput_ThenSaves()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "minzheng");
        await page.GotoAsync("/catalogue");
        await page.GetByRole(AriaRole.Link, new() { Name = "LY-001" }).ClickAsync();
        await page.GetByLabel("承诺时限（工作日）").WaitForAsync();
        await page.GetByLabel("承诺时限（工作日）").FillAsync("7");
        await page.GetByLabel("第5行标识").FillAsync("hasCard");
        await page.GetByLabel("第5行中文名称").FillAsync("是否已有旧证");
        await page.GetByLabel("第5行英文名称").FillAsync("Has an old card");
        await page.GetByLabel("第5行类型").SelectOptionAsync("Choice");
        await page.GetByLabel("第5行选项").FillAsync("有");
        await page.Locator("#save-item").ClickAsync();
        await page.Locator("#row-error-4").WaitForAsync();
        Assert.Contains("须有2–30个互不相同的选项", await page.Locator("#row-error-4").InnerTextAsync());
        Assert.Equal("7", await page.GetByLabel("承诺时限（工作日）").InputValueAsync());
        Assert.Equal("是否已有旧证", await page.GetByLabel("第5行中文名称").InputValueAsync());

        await page.GetByLabel("第5行选项").FillAsync("有|没有");
        await page.Locator("#save-item").ClickAsync();
        await page.Locator("#saved").WaitForAsync();
        await page.GotoAsync("/services/LY-001");
        Assert.Contains("7个工作日", await page.Locator("#time-limit").InnerTextAsync());
        Assert.Equal(3, await page.Locator("#f-hasCard option").CountAsync());
    }
}
