using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Admission;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Admission.AdmissionFixture;

namespace Linli.Tests.Admission;

/// <summary>
/// The department an unadmitted-task report accuses must not learn who reported it or see the
/// evidence (risk of retaliation): it sees a report only once settled, with its outcome.
/// </summary>
public class UnadmittedReportPrivacyTests
{
    private const string Evidence = "微信群截图：张科长要求每日拍照";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Department_SeesNoOpenReport_AndASettledOneOnlyWithItsOutcome_NeverReporterCommunityOrEvidence(string provider)
    {
        await using var f = await CreateAsync(provider);
        var report = Ok(await f.RunAsync(sp => sp.GetRequiredService<ReportUnadmittedTask>().HandleAsync(f.Community,
            new(null, "市卫健委", "要求每日上报健康档案照片", Today, Evidence))));
        Task<IReadOnlyList<AdmissionQueries.ReportRow>> ReportsAsync(Caller caller) => f.RunAsync(sp => sp.GetRequiredService<AdmissionQueries>().ReportsAsync(caller));

        Assert.Empty(await ReportsAsync(f.Department));
        Assert.Empty(await ReportsAsync(f.OtherDepartment));
        Ok(await f.RunAsync(sp => sp.GetRequiredService<ResolveUnadmittedReport>().HandleAsync(f.Chair, report.Id, UnadmittedReportStatus.Upheld, "已责令市卫健委停止")));

        var seen = Assert.Single(await ReportsAsync(f.Department));
        Assert.Equal((report.Id, true, UnadmittedReportStatus.Upheld, "已责令市卫健委停止"), (seen.Id, seen.Redacted, seen.Status, seen.Outcome));
        Assert.Equal((null, null, null, null, (DateOnly?)null), (seen.CommunityName, seen.Evidence, seen.ReportedBy, seen.ResolvedBy, seen.ReceivedOn));

        // The review group and the community itself still see everything.
        foreach (var full in new[] { f.Chair, f.Community })
        {
            var row = Assert.Single(await ReportsAsync(full));
            Assert.Equal((false, Evidence, "滨西社工", "滨西社区居民委员会"), (row.Redacted, row.Evidence, row.ReportedBy, row.CommunityName));
        }
    }

}

/// <summary>The same through the API and on /admission/reports in Chromium, on the demo city.</summary>
[Collection(BrowserTests.Name)]
public class UnadmittedReportPrivacyBrowserTests(Browser browser)
{
    private const string Evidence = "微信群截图：张科长要求每日拍照";

    [Fact]
    public async Task Department_ApiAndPage_ShowTheOutcomeWithoutReporterCommunityOrEvidence()
    {
        await using var app = await TestApp.StartAsync();
        using var community = await app.ApiClientAsync("shequ");
        using var chair = await app.ApiClientAsync("shenhe");
        using var department = await app.ApiClientAsync("bumen");
        var reported = await community.PostAsJsonAsync("/api/v1/unadmitted-reports", new { department = "市卫健委", what = "要求每日上报健康档案照片", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), evidence = Evidence });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        Assert.DoesNotContain($"\"id\":{id},", await department.GetStringAsync("/api/v1/unadmitted-reports"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/v1/unadmitted-reports/{id}/resolve", new { status = "Upheld", outcome = "已责令市卫健委停止" })).StatusCode);

        var json = await department.GetStringAsync("/api/v1/unadmitted-reports");
        using (var doc = JsonDocument.Parse(json))
        {
            var row = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);
            Assert.Equal(("Upheld", "已责令市卫健委停止", true), (row.GetProperty("status").GetString(), row.GetProperty("outcome").GetString(), row.GetProperty("redacted").GetBoolean()));
        }
        foreach (var secret in new[] { Evidence, "滨西", "社区工作者（演示）" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }

        var page = await browser.SignedInPageAsync(app, "bumen");
        await page.GotoAsync("/admission/reports");
        await page.Locator("#redaction-note").WaitForAsync();
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("已责令市卫健委停止", text, StringComparison.Ordinal);
        foreach (var secret in new[] { Evidence, "滨西", "社区工作者（演示）" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
        Assert.Equal(["部门", "内容", "处理"], await page.Locator("#reports thead th").AllInnerTextsAsync());
    }
}
