using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Accounts;

[Collection(BrowserTests.Name)]
public class SignInBrowserTests(Browser browser)
{
    [Fact]
    public async Task SignIn_ThenSwitchToEnglish_ShowsEnglishMenu()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "jiedao");

        Assert.Contains("欢迎", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".demo-badge").IsVisibleAsync(), "demo data must be labelled 演示数据");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Welcome");
        Assert.Contains("Sign out", await page.Locator("header").InnerTextAsync());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessage()
    {
        await using var app = await TestApp.StartAsync();
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("jiedao");
        await page.GetByLabel("密码").FillAsync("wrong-pass1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.WaitForSelectorAsync("text=用户名或密码错误");
        await context.CloseAsync();
    }

    [Fact]
    public async Task ChangePassword_ThenSignInWithTheNewOne()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "wangge");
        await page.GotoAsync("/account/password");
        await page.GetByLabel("当前密码").FillAsync("wrong-pass1");
        await page.GetByLabel("新密码（至少 8 位，含数字）").FillAsync("newpass2027");
        await page.GetByLabel("再次输入新密码").FillAsync("newpass2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await page.WaitForSelectorAsync("text=当前密码不正确");

        await page.GetByLabel("当前密码").FillAsync("Demo2026");
        await page.GetByLabel("新密码（至少 8 位，含数字）").FillAsync("newpass2027");
        await page.GetByLabel("再次输入新密码").FillAsync("newpass2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await page.WaitForSelectorAsync("text=密码已修改");

        var again = await browser.SignedInPageAsync(app, "wangge", "newpass2027");
        Assert.Contains("欢迎", await again.Locator("h1").InnerTextAsync());
    }
}
