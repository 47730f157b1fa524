using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Registry;

[Collection(BrowserTests.Name)]
public class HouseholdPagesBrowserTests(Browser browser)
{
    [Fact]
    public async Task NewHousehold_AddMemberWithABadId_ThenMoveOut_ShowsInHistory()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GotoAsync("/households/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.WaitForSelectorAsync(".validation-message:text('请填写房号')");
        await page.GetByLabel("小区（可选）").FillAsync("幸福小区");
        await page.GetByLabel("楼栋（可选）").FillAsync("3号楼");
        await page.GetByLabel("单元").FillAsync("2单元");
        await page.GetByLabel("房号").FillAsync("501");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/households/\\d+$"));
        Assert.Contains("幸福小区 3号楼 2单元 501", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "添加成员" }).ClickAsync();
        var idNumber = RegistryFixture.IdNumber(321, "19880808");
        await page.GetByLabel("姓名").FillAsync("孙七");
        await page.GetByLabel("证件号码").FillAsync(idNumber[..17] + (idNumber[17] == '1' ? "2" : "1"));
        await page.GetByLabel("与户主关系").FillAsync("户主");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForSelectorAsync(".validation-message:has-text('校验')");
        Assert.Equal("孙七", await page.GetByLabel("姓名").InputValueAsync());
        await page.GetByLabel("证件号码").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('孙七')");

        await page.GetByRole(AriaRole.Link, new() { Name = "迁移 / 迁出 / 死亡" }).ClickAsync();
        await page.GetByLabel("迁出日期").FillAsync("2024-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记迁出" }).ClickAsync();
        await page.WaitForSelectorAsync(".validation-message:text('请填写迁往地')");
        await page.GetByLabel("迁往地").FillAsync("郑州市金水区");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记迁出" }).ClickAsync();
        await page.WaitForSelectorAsync("text=迁往 / to: 郑州市金水区");
        Assert.Contains("登记", await page.Locator("ol.timeline").InnerTextAsync());
    }

    [Fact]
    public async Task ConflictPage_BothCommunitiesSeeIt_AndOneResolvesIt()
    {
        await using var app = await TestApp.StartAsync();
        await RegistryApiFixture.CreateWorkerBAsync(app);
        var idNumber = RegistryFixture.IdNumber(777, "19600606");
        using (var a = await app.ApiClientAsync("shequ"))
        {
            await RegistryApiFixture.MemberAsync(a, await RegistryApiFixture.HouseholdAsync(a, "101"), "周八", idNumber);
        }
        using (var b = await app.ApiClientAsync("shequb"))
        {
            var household = await RegistryApiFixture.HouseholdAsync(b, "909");
            var refused = await b.PostAsJsonAsync($"/api/v1/households/{household}/members", new { name = "周八", documentNumber = idNumber, relationToHead = "户主" });
            Assert.Contains("已记录为重复登记冲突", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var pageB = await browser.SignedInPageAsync(app, "shequb");
        await pageB.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" }).GetByRole(AriaRole.Link, new() { Name = "身份冲突" }).ClickAsync();
        await pageB.WaitForSelectorAsync("text=滨西社区居民委员会");
        var pageA = await browser.SignedInPageAsync(app, "shequ");
        await pageA.GotoAsync("/conflicts");
        var card = pageA.Locator("section.card", new() { HasText = "新华社区居民委员会" });
        await card.GetByRole(AriaRole.Button, new() { Name = "处理" }).ClickAsync();
        await pageA.WaitForSelectorAsync(".validation-message:text('请填写核实情况（2至300个字）')");
        card = pageA.Locator("section.card", new() { HasText = "新华社区居民委员会" });
        await card.GetByLabel("处理结果").SelectOptionAsync("ExistingIsCorrect");
        await card.GetByLabel("核实情况").FillAsync("本人仍住滨西社区，已电话核实");
        await card.GetByRole(AriaRole.Button, new() { Name = "处理" }).ClickAsync();
        await pageA.WaitForSelectorAsync("text=没有待处理的身份冲突");
        await pageB.ReloadAsync();
        await pageB.WaitForSelectorAsync("text=没有待处理的身份冲突");
    }
}
