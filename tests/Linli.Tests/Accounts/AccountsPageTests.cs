using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Accounts;

[Collection(BrowserTests.Name)]
public partial class AccountsPageTests(Browser browser)
{
    [Fact]
    public async Task Admin_CreatesAccount_ResetsItsPassword_AndTheNewUserSignsIn()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "admin");
        await page.GotoAsync("/accounts");

        await page.GetByLabel("登录名").First.FillAsync("liming");
        await page.GetByLabel("姓名").First.FillAsync("李明");
        await page.GetByLabel("角色").SelectOptionAsync("CommunityWorker");
        await page.GetByLabel("所属组织代码").FillAsync("411102001002");
        await page.GetByLabel("初始密码（至少 8 位，含数字）").FillAsync("start2026a");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已创建账号 liming");

        var row = page.Locator("tr", new() { HasText = "liming" });
        Assert.Contains("新华社区居民委员会", await row.InnerTextAsync());
        await row.GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        var notice = await page.Locator(".notice").InnerTextAsync();
        var temporary = TemporaryPassword().Match(notice).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(temporary), notice);

        var newUser = await browser.SignedInPageAsync(app, "liming", temporary);
        Assert.Contains("新华社区居民委员会", await newUser.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task Admin_CannotCreateAccountOutsideTheirArea_AndOthersCannotManageAccounts()
    {
        await using var app = await TestApp.StartAsync();
        await using (var scope = app.Scope())
        {
            // An org unit outside the admin's city.
            var paths = (Linli.Core.Common.LinliPaths)scope.ServiceProvider.GetService(typeof(Linli.Core.Common.LinliPaths))!;
            var importer = (Linli.Core.Features.Hierarchy.DivisionImporter)scope.ServiceProvider.GetService(typeof(Linli.Core.Features.Hierarchy.DivisionImporter))!;
            await importer.ImportAsync(paths.DivisionFile, "410102");
        }
        var page = await browser.SignedInPageAsync(app, "admin");
        await page.GotoAsync("/accounts");
        await page.GetByLabel("登录名").First.FillAsync("outsider");
        await page.GetByLabel("姓名").First.FillAsync("外人");
        await page.GetByLabel("所属组织代码").FillAsync("410102");
        await page.GetByLabel("初始密码（至少 8 位，含数字）").FillAsync("start2026a");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.WaitForSelectorAsync("text=不在您的管辖范围内");

        var worker = await browser.SignedInPageAsync(app, "shequ");
        await worker.GotoAsync("/accounts");
        Assert.Contains("当前角色不能管理账号", await worker.Locator("main").InnerTextAsync());
    }

    [GeneratedRegex("临时密码：([a-z0-9]+)")]
    private static partial Regex TemporaryPassword();
}
