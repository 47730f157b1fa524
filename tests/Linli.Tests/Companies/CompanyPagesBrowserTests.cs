using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.Playwright;

namespace Linli.Tests.Companies;

[Collection(BrowserTests.Name)]
public class CompanyPagesBrowserTests(Browser browser)
{
    [Fact]
    public async Task CompanyStaff_LandOnTheirQueue_AcceptAndResolve_AndCannotOpenOtherPages()
    {
        await using var app = await TestApp.StartAsync();
        long request;
        using (var bureau = await app.ApiClientAsync("minzheng"))
        using (var hotline = await app.ApiClientAsync("rexian"))
        {
            var registered = await bureau.PostAsJsonAsync("/api/v1/service-companies", new { name = "安居物业维修（示例）", contact = "0395-1234567", categories = new[] { "02" }, areas = new[] { RequestsFixture.LaojieStreet } });
            var company = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            (await bureau.PostAsJsonAsync($"/api/v1/service-companies/{company}/users", new { userName = "anju", displayName = "安居调度", password = "Company2026" })).EnsureSuccessStatusCode();
            request = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "5号楼电梯停运两天", phone = "13900139000" })).GetProperty("id").GetInt64();
            var version = (await RequestsFixture.GetAsync(hotline, request)).GetProperty("version").GetInt32();
            (await hotline.PostAsJsonAsync($"/api/v1/requests/{request}/route-to-company", new { companyId = company, version })).EnsureSuccessStatusCode();
        }

        var page = await browser.SignedInPageAsync(app, "anju", "Company2026");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Heading, new() { Name = "本企业诉求" }).WaitForAsync();
        await page.Locator("#company-requests a").First.ClickAsync();
        await page.Locator("#act-accept").WaitForAsync();
        await page.Locator("#act-accept").ClickAsync();
        await page.Locator("#action-done").WaitForAsync();
        Assert.Equal("已签收", await page.Locator("#request-status").InnerTextAsync());

        // Resolving needs a note: the message sits at the field and the status stays.
        await page.Locator("#act-resolve").ClickAsync();
        await page.Locator("#action-error, .validation-message").First.WaitForAsync();
        Assert.Equal("已签收", await page.Locator("#request-status").InnerTextAsync());
        await page.GetByLabel("说明（办结、退回须填写）").FillAsync("已更换控制板，运行正常");
        await page.Locator("#act-resolve").ClickAsync();
        await page.Locator("#request-status", new() { HasText = "已办结" }).WaitForAsync();

        var residents = await page.GotoAsync("/residents");
        Assert.Equal(403, residents!.Status);

        // Every menu link company staff are shown opens: no link that answers 403.
        await page.GotoAsync("/company");
        var links = await page.Locator("nav.mainnav a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Contains("/company", links);
        foreach (var href in links)
        {
            var opened = await page.GotoAsync(href);
            Assert.True(opened!.Status < 400, $"menu link {href} answered {opened.Status}");
        }

        // The bureau sees the company with its work in the registry.
        var bureauPage = await browser.SignedInPageAsync(app, "minzheng");
        await bureauPage.GotoAsync("/companies");
        var row = bureauPage.Locator("#companies tbody tr", new() { HasText = "安居物业维修（示例）" });
        await row.WaitForAsync();
        Assert.Contains("物业管理", await row.InnerTextAsync());
        Assert.Contains("1（0）", await row.InnerTextAsync());
    }
}
