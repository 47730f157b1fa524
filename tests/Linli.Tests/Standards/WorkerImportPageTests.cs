using System.Text;
using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Standards;

[Collection(BrowserTests.Name)]
public class WorkerImportPageTests(Browser browser)
{
    [Fact]
    public async Task ImportOnPage_BadFileListsRowsAndWritesNothing_GoodFileFillsTheRoster()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GotoAsync("/workers");
        const string header = "姓名,证件号码,社区代码,岗位,用工方式,入职日期";
        var good = $"郑洁,{TestIds.Make(new(1993, 3, 3), false)},{StaffingFixture.Binxi},网格员,公开招聘,2022-09-01";

        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "bad.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes($"{header}\n{good}\n孟凡,123,{StaffingFixture.Binxi},网格员,公开招聘,2022-09-01\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await page.WaitForSelectorAsync("text=未写入任何数据");
        Assert.Contains("第3行 证件号码：", await page.Locator(".error").InnerTextAsync());
        Assert.DoesNotContain("郑洁", await page.Locator("#roster").InnerTextAsync());

        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "good.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes($"{header}\n{good}\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已导入：新增 1 人，更新 0 人");
        Assert.Contains("郑洁", await page.Locator("#roster").InnerTextAsync());
    }
}
