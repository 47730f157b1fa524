using Linli.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linli.Tests.Admission;

[Collection(BrowserTests.Name)]
public class AdmissionBrowserTests(Browser browser)
{
    [Fact]
    public async Task FileReviewAdmitSendCompleteAndCount_UnadmittedTaskRefusedInTheForm()
    {
        await using var app = await TestApp.StartAsync();
        var year = DateTime.UtcNow.Year;
        var department = await browser.SignedInPageAsync(app, "bumen");

        await department.GotoAsync("/admission");
        await department.GetByRole(AriaRole.Link, new() { Name = "提交准入申请" }).ClickAsync();
        await department.GetByLabel("事项名称").WaitForAsync();
        await department.GetByLabel("事项类型").SelectOptionAsync(new SelectOptionValue { Label = "工作任务" });
        await department.GetByLabel("事项名称").FillAsync("社区消防安全宣传");
        await department.GetByLabel("目标单位代码（其下全部社区）").FillAsync("411102001");
        await department.GetByLabel("指定社区代码（可空，多个用逗号分隔）").FillAsync("411102001001");
        await department.GetByLabel("每年次数").FillAsync("两次");
        await department.GetByLabel("开始日期").FillAsync($"{year}-01-01");
        await department.GetByLabel("结束日期").FillAsync($"{year}-12-31");
        await department.GetByLabel("每个社区预计工时（小时）").FillAsync("3");
        await department.GetByLabel("随事转移经费（元）").FillAsync("1000");
        await department.GetByLabel("事项内容").FillAsync("每半年在社区开展一次消防安全宣传，宣传品由部门提供。");
        await department.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await department.WaitForSelectorAsync("text=请输入整数");
        Assert.Equal("社区消防安全宣传", await department.GetByLabel("事项名称").InputValueAsync());
        await department.GetByLabel("每年次数").FillAsync("2");
        await department.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await department.WaitForSelectorAsync("text=申请已提交");
        var requestUrl = department.Url.Split('?')[0];
        Assert.Contains("待审核", await department.Locator("#status").InnerTextAsync());
        await department.GetByLabel("添加附件（PDF、Word、Excel、JPG、PNG，不超过10MB）").SetInputFilesAsync(new FilePayload { Name = "通知.exe", MimeType = "application/octet-stream", Buffer = [1, 2, 3] });
        await department.GetByRole(AriaRole.Button, new() { Name = "上传附件" }).ClickAsync();
        await department.WaitForSelectorAsync("text=附件只能是 PDF");
        await department.GetByLabel("添加附件（PDF、Word、Excel、JPG、PNG，不超过10MB）").SetInputFilesAsync(new FilePayload { Name = "消防宣传方案.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 方案"u8.ToArray() });
        await department.GetByRole(AriaRole.Button, new() { Name = "上传附件" }).ClickAsync();
        await department.WaitForSelectorAsync("text=已上传：消防宣传方案.pdf");
        Assert.Contains("消防宣传方案.pdf", await department.Locator("dl.facts").InnerTextAsync());

        // A task without admission is refused in the form, with the reason at the field.
        await department.GotoAsync("/admission/issue");
        await department.GetByLabel("准入编号").FillAsync($"ZR-4111-{year}-0999");
        await department.GetByLabel("社区代码（按准入下派时可空＝准入范围内全部社区）").FillAsync("411102001001");
        await department.GetByLabel("完成期限").FillAsync($"{year + 1}-01-31");
        await department.GetByRole(AriaRole.Button, new() { Name = "下派" }).ClickAsync();
        await department.WaitForSelectorAsync("text=未经准入的事项不得下派社区");

        foreach (var reviewer in new[] { "minzheng", "shenhe" })
        {
            var page = await browser.SignedInPageAsync(app, reviewer);
            await page.GotoAsync("/admission");
            var queued = page.Locator("#requests tr", new() { HasText = "居民健康档案入户核查" }); // the demo survey under review
            Assert.Contains("清单已有", await queued.InnerTextAsync());
            Assert.Contains("缺经费", await queued.InnerTextAsync());
            await page.Locator("#requests").GetByRole(AriaRole.Link, new() { Name = "社区消防安全宣传" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).WaitForAsync();
            await page.GetByLabel("意见", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "同意" });
            await page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).ClickAsync();
            await page.WaitForSelectorAsync("text=意见已记录");
            if (reviewer == "shenhe")
            {
                Assert.Contains("准予准入", await page.Locator("#tentative").InnerTextAsync());
                Assert.Contains("清单", await page.Locator("#duty-list").InnerTextAsync());
                await page.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
                await page.WaitForSelectorAsync("#admission-number");
                Assert.Contains($"ZR-4111-{year}-", await page.Locator("#admission-number").InnerTextAsync());
            }
        }

        await department.GotoAsync(requestUrl);
        await department.GetByRole(AriaRole.Link, new() { Name = "据此向社区下派任务" }).ClickAsync();
        await department.GetByLabel("完成期限").WaitForAsync();
        Assert.StartsWith($"ZR-4111-{year}-", await department.GetByLabel("准入编号").InputValueAsync(), StringComparison.Ordinal);
        await department.GetByLabel("完成期限").FillAsync($"{year + 1}-01-31");
        await department.GetByRole(AriaRole.Button, new() { Name = "下派" }).ClickAsync();
        await department.WaitForSelectorAsync("text=已下派到 1 个社区");

        var community = await browser.SignedInPageAsync(app, "shequ");
        await community.GotoAsync("/admission/tasks");
        var row = community.Locator("#tasks tr", new() { HasText = "社区消防安全宣传" });
        await row.GetByLabel("完成情况").FillAsync("已在广场宣传");
        await row.GetByRole(AriaRole.Button, new() { Name = "报告完成" }).ClickAsync();
        await community.WaitForSelectorAsync("text=已报告完成");
        Assert.Contains("已完成", await community.Locator("#tasks tr", new() { HasText = "社区消防安全宣传" }).InnerTextAsync());

        await community.GetByLabel("下派部门").FillAsync("区城管局");
        await community.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        await community.WaitForSelectorAsync("#report-unadmitted .validation-message");
        Assert.Equal("区城管局", await community.GetByLabel("下派部门").InputValueAsync());
        await community.GetByLabel("收到日期").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await community.GetByLabel("任务内容").FillAsync("要求每天上报门前三包照片");
        await community.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        await community.WaitForSelectorAsync("text=举报已提交");

        var bureau = await browser.SignedInPageAsync(app, "minzheng");
        await bureau.GotoAsync($"/burden?unit=411102001&year={year}");
        var binxi = await bureau.Locator("#burden-table tr", new() { HasText = "滨西社区居民委员会" }).InnerTextAsync();
        Assert.Contains("2 / 3", binxi); // tasks done / sent: the demo's two and this one
        Assert.Contains("2（0）", binxi); // the demo's report and this one, neither settled yet
        Assert.Contains("事项", await bureau.Locator("#summary").InnerTextAsync());
    }
}
