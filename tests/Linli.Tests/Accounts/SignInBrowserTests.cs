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
}
