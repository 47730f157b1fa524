using Linli.Tests.Infrastructure;
using Microsoft.Playwright;
using static Linli.Tests.Import.ImportFiles;

namespace Linli.Tests.Import;

[Collection(BrowserTests.Name)]
public class ImportBrowserTests(Browser browser)
{
    [Fact]
    public async Task UploadAFileWithErrors_ShowsTheRowByRowReport()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "导入", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("text=下载导入模板");

        await page.GetByRole(AriaRole.Button, new() { Name = "上传并导入" }).ClickAsync();
        await page.WaitForSelectorAsync("text=请选择要导入的文件");

        var file = Csv(ImportFiles.Header, Row("张伟", Id("19800101", 11)), Row("李娜", WithBadCheck(Id("19820202", 22)))).ToArray();
        await page.GetByLabel("文件（.xlsx 或 .csv，最大 200 MB）").SetInputFilesAsync(new FilePayload { Name = "居民.csv", MimeType = "text/csv", Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并导入" }).ClickAsync();

        await page.WaitForSelectorAsync("#import-errors", new() { Timeout = 90_000 });
        Assert.Contains("失败", await page.Locator("#job-status").InnerTextAsync());
        Assert.Contains("未导入任何数据", await page.Locator("p.error").InnerTextAsync());
        var row = await page.Locator("#import-errors tbody tr").First.InnerTextAsync();
        Assert.Contains("第3行", row);
        Assert.Contains("证件号码", row);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "下载错误报告（Excel）" }).IsVisibleAsync());
    }
}
