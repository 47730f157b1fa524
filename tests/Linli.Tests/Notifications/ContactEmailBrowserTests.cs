using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Linli.Tests.Notifications;

[Collection(BrowserTests.Name)]
public class ContactEmailBrowserTests(Browser browser)
{
    [Fact]
    public async Task Portal_BadEmailShownNextToTheField_KeepsInput_GoodEmailStoredEncryptedAndMasked()
    {
        await using var smtp = new SmtpSink();
        await using var app = await TestApp.StartAsync(settings: NotificationsFixture.Settings(smtp, null));
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/portal");

        await page.Locator("#p-category").SelectOptionAsync("0101");
        await page.GetByLabel("在哪个社区（输入社区名称查找）").FillAsync("滨西");
        await page.Locator("#search-community").ClickAsync();
        await page.Locator("#community-matches").WaitForAsync();
        await page.GetByLabel("滨西社区居民委员会").CheckAsync();
        await page.GetByLabel("问题描述").FillAsync("滨河路东段路灯晚上不亮");
        await page.GetByLabel("联系电话（仅用于回访，不会公开）").FillAsync(NotificationsFixture.Phone);
        await page.GetByLabel("办理进度有变化时通知我").CheckAsync();
        await page.GetByLabel("通知邮箱（选填）").FillAsync("wang.li@");
        await page.Locator("#submit-request").ClickAsync();
        await page.Locator(".validation-message", new() { HasText = "电子邮箱格式不正确" }).WaitForAsync();
        Assert.Equal("滨河路东段路灯晚上不亮", await page.GetByLabel("问题描述").InputValueAsync());
        Assert.Equal("wang.li@", await page.GetByLabel("通知邮箱（选填）").InputValueAsync());

        await page.GetByLabel("通知邮箱（选填）").FillAsync(NotificationsFixture.Email);
        await page.Locator("#submit-request").ClickAsync();
        await page.Locator("#created").WaitForAsync();
        var number = await page.Locator("#tracking-number").InnerTextAsync();

        await using var scope = app.Scope();
        var request = await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.AsNoTracking().SingleAsync(r => r.TrackingNumber == number);
        Assert.True(request.NotifyOptIn);
        Assert.Equal("w***@example.com", request.EmailMasked);
        Assert.Equal(NotificationsFixture.Email, scope.ServiceProvider.GetRequiredService<FieldProtector>().Decrypt(request.EmailCipher!));

        // Staff see it masked on the request's page.
        var staff = await browser.SignedInPageAsync(app, "shequ");
        await staff.GotoAsync($"/requests/{request.Id}");
        await staff.Locator("#email").WaitForAsync();
        Assert.Equal("w***@example.com", await staff.Locator("#email").InnerTextAsync());
        Assert.DoesNotContain(NotificationsFixture.Email, await staff.ContentAsync(), StringComparison.Ordinal);
    }
}
