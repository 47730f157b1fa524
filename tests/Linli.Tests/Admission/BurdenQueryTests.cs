using Linli.Core.Common;
using Linli.Core.Features.Admission;
using Linli.Core.Features.Burden;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Admission.AdmissionFixture;

namespace Linli.Tests.Admission;

/// <summary>
/// Hand-checked figures for 老街街道 this year:
///   卫生考核 (assessment, 滨西, no funds, 4 h)            → 滨西 1 assessment
///   居民健康档案入户核查 (survey, 滨西+新华, 1,000 yuan)    → 1 survey each, 500 yuan each; the list says funds must follow
///   a withdrawn work task (滨西)                          → not counted
///   last year: 去年的任务 (work task, 滨西)                → previous year's 1 item
///   one task sent under 卫生考核 and completed; one unadmitted-task report (区城管局), open.
/// </summary>
public class BurdenQueryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_RollUpByCommunityAndDepartment_WithFundsDueAndLastYear(string provider)
    {
        await using var f = await CreateAsync(provider);
        var year = Today.Year;
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var assessment = await f.AdmitAsync(Command(AdmissionKind.Assessment, "卫生考核", communities: [Binxi], start: first, end: last));
        await f.AdmitAsync(Command(AdmissionKind.Survey, "居民健康档案入户核查", communities: [Binxi, Xinhua], start: first, end: last, funds: 1000));
        await f.AdmitAsync(Command(AdmissionKind.WorkTask, "去年的任务", communities: [Binxi], start: first.AddYears(-1), end: last.AddYears(-1)));
        var withdrawn = Ok(await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.Department, Command(AdmissionKind.WorkTask, "撤回的任务", communities: [Binxi]))));
        Ok(await f.RunAsync(sp => sp.GetRequiredService<WithdrawAdmissionRequest>().HandleAsync(f.Department, withdrawn.Id)));
        var task = Ok(await f.RunAsync(sp => sp.GetRequiredService<IssueCommunityTasks>().HandleAsync(f.Department, new(assessment.AdmissionNumber, null, "", "", [], Today.AddDays(5)))));
        Ok(await f.RunAsync(sp => sp.GetRequiredService<CompleteCommunityTask>().HandleAsync(f.Community, task[0].Id, "完成")));
        Ok(await f.RunAsync(sp => sp.GetRequiredService<ReportUnadmittedTask>().HandleAsync(f.Community, new(null, "区城管局", "每日上报照片", Today, ""))));

        var report = Ok(await f.RunAsync(sp => sp.GetRequiredService<BurdenQuery>().HandleAsync(f.Member3, Street, year)));

        var binxi = report.Children.Single(c => c.Code == Binxi);
        Assert.Equal((1, 1, 0), (binxi[BurdenCategory.Assessments], binxi[BurdenCategory.Surveys], binxi[BurdenCategory.Tasks]));
        Assert.Equal((8m, 1, 1, 500m), (binxi.Hours, binxi.ItemsNeedingFunds, binxi.ItemsWithFunds, binxi.Funds));
        Assert.Equal((1, 1, 1), (binxi.TasksIssued, binxi.TasksCompleted, binxi.ReportsOpen));
        var xinhua = report.Children.Single(c => c.Code == Xinhua);
        Assert.Equal((1, 500m, 0), (xinhua.TotalItems, xinhua.Funds, xinhua.Reports));
        Assert.Equal(3, report.Total.TotalItems);
        Assert.Equal(report.Children.Sum(c => c.Communities), report.Total.Communities);
        Assert.Equal(1, report.PreviousYear.TotalItems);
        Assert.Equal(200m, report.ItemsChangePercent);
        Assert.Equal("市卫健委", report.Departments.Single(d => d.TotalItems > 0).Name);
        Assert.Equal(1, report.Departments.Single(d => d.Name == "区城管局").ReportsOpen);
        Assert.Contains("经准入进入社区的事项3项次", report.Summary.Zh, StringComparison.Ordinal);
        Assert.Contains("比上年增加200%", report.Summary.Zh, StringComparison.Ordinal);

        // The community sees only itself; a unit outside the caller's area is not found.
        Assert.Equal(2, Ok(await f.RunAsync(sp => sp.GetRequiredService<BurdenQuery>().HandleAsync(f.Community, null, year))).Total.TotalItems);
        Assert.Equal(FailureKind.NotFound, (await f.RunAsync(sp => sp.GetRequiredService<BurdenQuery>().HandleAsync(f.Community, Street, year))).Failure!.Kind);
        Assert.Equal("year", (await f.RunAsync(sp => sp.GetRequiredService<BurdenQuery>().HandleAsync(f.Community, null, 1999))).Failure!.Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RevokedAdmission_CountsUpToTheYearItWasRevoked_NotAfter(string provider)
    {
        await using var f = await CreateAsync(provider);
        var year = Today.Year;
        var longRunning = await f.AdmitAsync(Command(AdmissionKind.Survey, "三年期入户调查", communities: [Binxi], start: new(year, 1, 1), end: new(year + 2, 12, 31)));
        Ok(await f.RunAsync(sp => sp.GetRequiredService<RevokeAdmission>().HandleAsync(f.Chair, longRunning.Id, "调查已取消")));

        var thisYear = Ok(await f.RunAsync(sp => sp.GetRequiredService<BurdenQuery>().HandleAsync(f.Member3, Street, year)));
        var nextYear = Ok(await f.RunAsync(sp => sp.GetRequiredService<BurdenQuery>().HandleAsync(f.Member3, Street, year + 1)));

        Assert.Equal(1, thisYear.Total.TotalItems);
        Assert.Equal(0, nextYear.Total.TotalItems);
    }
}
