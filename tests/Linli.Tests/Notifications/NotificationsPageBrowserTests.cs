using Linli.Core.Features.Notifications;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.Playwright;

namespace Linli.Tests.Notifications;

[Collection(BrowserTests.Name)]
public class NotificationsPageBrowserTests(Browser browser)
{
    [Fact]
    public async Task NotificationsPage_ShowsCountsAndMaskedRecipients_RetriesADeadRow()
    {
        await using var smtp = new SmtpSink();
        await using var hook = await WebhookReceiver.StartAsync(failFirst: 1000);
        await using var app = await TestApp.StartAsync(settings: NotificationsFixture.Settings(smtp, hook, maxAttempts: 1));
        using var hotline = await app.ApiClientAsync("rexian");
        using var community = await app.ApiClientAsync("shequ");
        var id = (await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "电梯停运，老人被困家中",
            phone = NotificationsFixture.Phone, email = NotificationsFixture.Email, notifyOptIn = true, route = true,
        })).GetProperty("id").GetInt64();
        await RequestsFixture.MoveAsync(community, id, "accept");
        Assert.Equal(new DispatchOutcome(2, 1, 0, 1), await NotificationsFixture.DispatchAsync(app, TimeProvider.System));
        var dead = (await NotificationsFixture.RowsAsync(app)).Single(n => n.Status == NotificationStatus.Dead);

        var page = await browser.SignedInPageAsync(app, "minzheng");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" }).GetByRole(AriaRole.Link, new() { Name = "通知", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "通知", Exact = true }).WaitForAsync();
        Assert.Equal("已放弃 1", await page.Locator("#count-Dead").InnerTextAsync());
        Assert.Equal("已发送 1", await page.Locator("#count-Sent").InnerTextAsync());
        var table = await page.Locator("#notifications").InnerTextAsync();
        Assert.Contains("w***@example.com", table, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationsFixture.Email, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("HTTP 500", await page.Locator($"#notification-{dead.Id}").InnerTextAsync(), StringComparison.Ordinal);

        // Only the dead row offers a retry; after it the row waits to be sent again.
        await page.Locator("#notifications").GetByRole(AriaRole.Button, new() { Name = "立即重发" }).ClickAsync();
        await page.Locator("#retry-message").WaitForAsync();
        Assert.Contains("已安排立即重发", await page.Locator("#retry-message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("待发送", await page.Locator($"#notification-{dead.Id} .status").InnerTextAsync());
        Assert.Equal(NotificationStatus.Pending, (await NotificationsFixture.RowsAsync(app)).Single(n => n.Id == dead.Id).Status);

        // Filters, and English.
        await page.GotoAsync("/notifications?status=Sent&culture=en");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notifications" }).WaitForAsync();
        Assert.Equal(1, await page.Locator("#notifications tbody tr").CountAsync());
        Assert.Contains("Email", await page.Locator("#notifications tbody").InnerTextAsync(), StringComparison.Ordinal);
    }
}
