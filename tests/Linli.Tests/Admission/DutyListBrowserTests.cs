using System.Text;
using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Admission;

[Collection(BrowserTests.Name)]
public class DutyListBrowserTests(Browser browser)
{
    [Fact]
    public async Task DemoVersionsDiff_ThenBureauPublishesFromAFile_BadRowNamedAndNothingPublished()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "minzheng");
        await page.GotoAsync("/admission/duty-lists");
        var versions = page.Locator("#id option");
        var newest = await versions.Nth(0).GetAttributeAsync("value");
        var older = await versions.Nth(1).GetAttributeAsync("value");
        await page.GotoAsync($"/admission/duty-lists?id={newest}&against={older}");
        var diff = await page.Locator("#diff").InnerTextAsync();
        Assert.Contains("+ [负面清单] 婚姻状况证明", diff);
        Assert.Contains("− [依法协助事项] 协助开展征兵宣传", diff);

        var bad = "类别,事项名称,依据,责任部门,费随事转,人随事转\n依法履职事项,调解民间纠纷,人民调解法,司法局,否,否\n正面清单,,,,也许,\n";
        await page.GetByLabel("单位代码").FillAsync("411102");
        await page.GetByLabel("清单名称").FillAsync("源汇区社区工作事项清单（测试）");
        await page.GetByLabel("生效日期").FillAsync($"{DateTime.UtcNow.Year}-01-01");
        await page.GetByLabel("清单文件").SetInputFilesAsync(new FilePayload { Name = "清单.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await page.WaitForSelectorAsync("text=第3行：类别“正面清单”应为");
        Assert.Contains("第3行：请填写事项名称", await page.Locator("#publish-list").InnerTextAsync());
        Assert.Contains("第3行：费随事转、人随事转应填", await page.Locator("#publish-list").InnerTextAsync());

        var good = "事项名称,类别,费随事转\n调解民间纠纷,依法履职事项,否\n协助开展老年人健康体检,依法协助事项,是\n";
        await page.GetByLabel("清单文件").SetInputFilesAsync(new FilePayload { Name = "清单.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(good) });
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已发布第 1 版，共 2 项");
        Assert.Contains("协助开展老年人健康体检", await page.Locator("#entries").InnerTextAsync());
    }
}
