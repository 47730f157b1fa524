using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Linli.Tests.Facilities;

[Collection(BrowserTests.Name)]
public class FacilityPagesTests(Browser browser)
{
    [Fact]
    public async Task RoomForm_BadAreaKeepsInputAndShowsMessageAtField_ThenSavesEditsAndRemoves()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GotoAsync("/facilities/rooms");
        await page.GetByRole(AriaRole.Heading, new() { Name = "社区阵地用房登记" }).WaitForAsync();

        await page.GetByLabel("用房名称", new() { Exact = true }).FillAsync("党群服务中心");
        await page.GetByLabel("面积（平方米）", new() { Exact = true }).FillAsync("很大");
        await page.GetByLabel("产权方式").SelectOptionAsync("自建");
        await page.GetByLabel("功能室（用“、”分隔）").FillAsync("便民服务中心、警务室");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存用房" }).ClickAsync();

        var message = page.Locator("#room-form .validation-message");
        await message.WaitForAsync();
        Assert.Contains("面积应为0到100000之间的数字", await message.InnerTextAsync());
        Assert.Equal("党群服务中心", await page.GetByLabel("用房名称", new() { Exact = true }).InputValueAsync());

        await page.GetByLabel("面积（平方米）", new() { Exact = true }).FillAsync("420");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存用房" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存：党群服务中心");
        var row = page.Locator("#rooms tr", new() { HasText = "党群服务中心" });
        Assert.Contains("420", await row.InnerTextAsync());
        Assert.Contains("自建", await row.InnerTextAsync());

        await row.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "编辑：党群服务中心" }).WaitForAsync();
        await page.GetByLabel("产权方式").SelectOptionAsync("租用");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存用房" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存：党群服务中心");
        Assert.Contains("租用", await page.Locator("#rooms tr", new() { HasText = "党群服务中心" }).InnerTextAsync());

        await page.GetByLabel("户外场地面积（平方米）").FillAsync("-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存场地" }).ClickAsync();
        await page.Locator("#site-form .validation-message").WaitForAsync();
        await page.GetByLabel("户外场地面积（平方米）").FillAsync("300");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存场地" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存户外场地");

        await page.Locator("#rooms tr", new() { HasText = "党群服务中心" }).GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已删除：党群服务中心");
        Assert.Equal(0, await page.Locator("#rooms tbody tr").CountAsync());
    }

    [Fact]
    public async Task FiguresPage_DrillsDownFromCity_CitingStandards_AndImportListsBadRows()
    {
        await using var app = await TestApp.StartAsync();
        await FacilitiesFixture.SeedAsync(app.Services);
        var page = await browser.SignedInPageAsync(app, "minzheng");

        await page.GotoAsync("/facilities?unit=4111&year=2025");
        var total = page.Locator("#facility-table tr.total");
        await total.WaitForAsync();
        var text = await total.InnerTextAsync();
        Assert.Contains("1,650", text);
        Assert.Contains("412.5", text);
        Assert.Contains("600 平方米（漯河市设定，2024-01-01起）", text);
        Assert.Contains("30 平方米/百户（漯河市设定，2024-01-01起）", text);
        Assert.Contains("滨西新城", await page.Locator("#estates-flagged").InnerTextAsync());
        Assert.Contains("113,130", await page.Locator("#funding-summary").InnerTextAsync());

        await page.Locator("#facility-table").GetByRole(AriaRole.Link, new() { Name = "源汇区" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("unit=411102&", StringComparison.Ordinal));
        await page.Locator("#rooms-missing").GetByRole(AriaRole.Link, new() { Name = "滨西社区居民委员会" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/facilities/rooms?community=411102001001", StringComparison.Ordinal));
        await page.Locator("#rooms").WaitForAsync();
        Assert.Contains("党群服务中心", await page.Locator("#rooms").InnerTextAsync());

        var file = Path.Combine(Path.GetTempPath(), $"facilities-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "社区代码,用房名称,面积,产权方式\n411102001001,图书室,50,租用\n411102001001,活动室,abc,租用\n");
        try
        {
            await page.Locator("#import-file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
            await page.WaitForSelectorAsync("text=第3行 面积：面积应为0到100000之间的数字（平方米）");
            Assert.DoesNotContain("图书室", await page.Locator("#rooms").InnerTextAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task LedgerPage_WorkerEntersBudgetAndOrganization_BadInputShownAtField()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GotoAsync("/facilities/ledger?year=2025");
        await page.GetByRole(AriaRole.Heading, new() { Name = "填报预算与支出" }).WaitForAsync();

        await page.GetByLabel("用途").SelectOptionAsync("办公经费");
        await page.GetByLabel("来源").SelectOptionAsync("财政");
        await page.GetByLabel("预算（元）", new() { Exact = true }).FillAsync("三万");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存预算" }).ClickAsync();
        await page.Locator("#budget-form .validation-message").WaitForAsync();
        await page.GetByLabel("预算（元）", new() { Exact = true }).FillAsync("30,000");
        await page.GetByLabel("已支出（元）").FillAsync("12000");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存预算" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存预算");
        Assert.Contains("30,000", await page.Locator("#budget").InnerTextAsync());

        await page.GetByLabel("组织名称").FillAsync("滨西舞蹈队");
        await page.GetByLabel("类别").SelectOptionAsync("文体活动");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存组织" }).ClickAsync();
        var message = page.Locator("#org-form .validation-message");
        await message.WaitForAsync();
        Assert.Contains("登记/备案日期", await message.InnerTextAsync());
        Assert.Equal("滨西舞蹈队", await page.GetByLabel("组织名称").InputValueAsync());
        await page.GetByLabel("登记/备案日期").FillAsync("2024-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存组织" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存：滨西舞蹈队");
        Assert.Contains("滨西舞蹈队", await page.Locator("#orgs").InnerTextAsync());
    }

    [Fact]
    public async Task SettingsPage_BureauEntersWagesAndFormula_BadYearShownAtField()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "minzheng");
        await page.GotoAsync("/facilities/settings");
        await page.GetByRole(AriaRole.Heading, new() { Name = "填报工资标准" }).WaitForAsync();

        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("1990");
        await page.GetByLabel("社会平均工资（元/年）").FillAsync("72,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存工资标准" }).ClickAsync();
        var message = page.Locator("#wage-form .validation-message");
        await message.WaitForAsync();
        Assert.Contains("年份应在2000到", await message.InnerTextAsync());
        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("最低工资（元/月）").FillAsync("2000");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存工资标准" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存2025年工资标准");
        Assert.Contains("72,000", await page.Locator("#wages").InnerTextAsync());

        await page.GetByLabel("起始年度").FillAsync("2025");
        await page.GetByLabel("基数（元）").FillAsync("30000");
        await page.GetByLabel("每户（元）").FillAsync("20");
        await page.GetByLabel("年增长率（%）").FillAsync("-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存公式" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存2025年起的经费测算公式");
        Assert.Contains("-2%", await page.Locator("#formulas").InnerTextAsync());
    }

    [Fact]
    public async Task EstateHandover_StagesOutOfOrderRefusedAtField_ThenSaved()
    {
        await using var app = await TestApp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var binxi = await db.OrgUnits.SingleAsync(o => o.Code == "411102001001");
            db.Estates.Add(new Estate { CommunityId = binxi.Id, Name = "滨西新苑" });
            await db.SaveChangesAsync();
        }
        var page = await browser.SignedInPageAsync(app, "shequ");
        await page.GotoAsync("/facilities/rooms");
        await page.Locator("#estates").GetByRole(AriaRole.Link, new() { Name = "登记" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "滨西新苑" }).WaitForAsync();

        await page.GetByLabel("总套数").FillAsync("120");
        await page.GetByLabel("规划日期").FillAsync("2023-01-01");
        await page.GetByLabel("建成日期").FillAsync("2022-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存小区信息" }).ClickAsync();
        var message = page.Locator("#estates .validation-message");
        await message.WaitForAsync();
        Assert.Contains("建成日期不能早于上一阶段", await message.InnerTextAsync());
        Assert.Equal("120", await page.GetByLabel("总套数").InputValueAsync());

        await page.GetByLabel("建成日期").FillAsync("2024-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存小区信息" }).ClickAsync();
        await page.WaitForSelectorAsync("text=已保存小区信息");
        Assert.Contains("总套数 120", await page.Locator("#estates").InnerTextAsync());
    }
}
