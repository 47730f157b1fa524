using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.Playwright;

namespace Linli.Tests.Companies;

[Collection(BrowserTests.Name)]
public class CompanyRegistrationBrowserTests(Browser browser)
{
    [Fact]
    public async Task CompanyRegistration_InTheUi_ThenARequestIsRoutedToItFromTheDetailPage()
    {
        await using var app = await TestApp.StartAsync();
        long id;
        using (var hotline = await app.ApiClientAsync("rexian"))
        {
            id = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "7号楼电梯门关不上", phone = "13912345678" })).GetProperty("id").GetInt64();
        }
        var page = await browser.SignedInPageAsync(app, "minzheng");
        await page.GotoAsync("/companies");
        await page.Locator("#company-new").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "登记加盟企业" }).WaitForAsync();
        await page.GetByLabel("企业名称").FillAsync("顺达电梯维保（测试）");
        await page.Locator("#c-categories input[value='02']").CheckAsync();
        await page.Locator("#c-areas").SelectOptionAsync(RequestsFixture.LaojieStreet);
        await page.Locator("#price-item-0").FillAsync("电梯维修");
        await page.Locator("#price-unit-0").FillAsync("次");
        await page.Locator("#price-yuan-0").FillAsync("200");

        // No contact: the message sits at the field; what was typed stays.
        await page.Locator("#company-save").ClickAsync();
        await page.Locator(".validation-message", new() { HasText = "请填写联系方式" }).WaitForAsync();
        Assert.Equal("顺达电梯维保（测试）", await page.GetByLabel("企业名称").InputValueAsync());
        Assert.Equal("电梯维修", await page.Locator("#price-item-0").InputValueAsync());
        Assert.True(await page.Locator("#c-categories input[value='02']").IsCheckedAsync());

        await page.GetByLabel("联系方式（值班电话或联系人，企业公开信息）").FillAsync("0395-2222333");
        await page.Locator("#company-save").ClickAsync();
        await page.Locator("#company-saved").WaitForAsync();
        var row = page.Locator("#companies tbody tr", new() { HasText = "顺达电梯维保（测试）" });
        Assert.Contains("电梯维修 200元/次", await row.InnerTextAsync());

        // A login for its staff, from the edit page.
        await row.GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
        await page.Locator("#company-user").WaitForAsync();
        await page.GetByLabel("登录名").FillAsync("shunda");
        await page.GetByLabel("显示名称").FillAsync("顺达调度");
        await page.GetByLabel("初始密码").FillAsync("Company2026");
        await page.Locator("#company-user-add").ClickAsync();
        await page.Locator("#company-user-done").WaitForAsync();

        // The request's detail page lists the matching company with its prices; routing to it is a recorded move.
        await page.GotoAsync($"/requests/{id}");
        await page.Locator("#route-to-company").WaitForAsync();
        Assert.Contains("电梯维修 200元/次", await page.Locator("#route-to-company").InnerTextAsync());
        await page.Locator("#route-to-company input[type=radio]").First.CheckAsync();
        await page.Locator("#route-company-submit").ClickAsync();
        await page.Locator("#routed-company").WaitForAsync();
        Assert.Contains("顺达电梯维保（测试）", await page.Locator("#routed-company").InnerTextAsync());
        Assert.Equal("已派单", await page.Locator("#status").InnerTextAsync());
        Assert.Contains("派往加盟企业：顺达电梯维保（测试）", await page.Locator("#history").InnerTextAsync());

        // The company's staff see it in their queue.
        using var staff = await app.ApiClientAsync("shunda", "Company2026");
        var queue = await staff.GetFromJsonAsync<JsonElement>("/api/v1/company/requests");
        Assert.Contains(queue.EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
    }
}
