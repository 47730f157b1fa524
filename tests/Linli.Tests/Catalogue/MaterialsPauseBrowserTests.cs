using Linli.Tests.Infrastructure;

namespace Linli.Tests.Catalogue;

[Collection(BrowserTests.Name)]
public class MaterialsPauseBrowserTests(Browser browser)
{
    [Fact]
    public async Task ApplicationPage_WaitingFor补正_SaysTheClockIsStopped_AndIsNotOverdue()
    {
        await using var app = await TestApp.StartAsync();
        using var community = await app.ApiClientAsync("shequ");
        var id = (await ApplicationsFixture.CreateAsync(community, ApplicationsFixture.SeniorCard())).GetProperty("id").GetInt64();
        await ApplicationsFixture.MoveAsync(community, id, "accept");
        await ApplicationsFixture.MoveAsync(community, id, "requestMaterials", "缺户口簿复印件");
        var page = await browser.SignedInPageAsync(app, "shequ");

        await page.GotoAsync($"/applications/{id}");

        Assert.Contains("不计入承诺时限", await page.Locator("#materials-pause").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("计时暂停中", await page.Locator("#clock-stopped").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#overdue").CountAsync());
    }
}
