using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Admission;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Admission.AdmissionFixture;

namespace Linli.Tests.Admission;

/// <summary>
/// Settling a report answers 404 to whoever may not see it — another community, or a department
/// while the report is open — so the answer never confirms that the report exists.
/// </summary>
public class UnadmittedReportVisibilityTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Resolve_ByCallerWhoCannotSeeTheReport_IsNotFound_NotForbidden(string provider)
    {
        await using var f = await CreateAsync(provider);
        var report = Ok(await f.RunAsync(sp => sp.GetRequiredService<ReportUnadmittedTask>().HandleAsync(f.Community,
            new(null, "市卫健委", "要求每日上报健康档案照片", Today, "截图"))));
        var xinhua = await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().OrgUnits.Where(o => o.Code == Xinhua).Select(o => new { o.Id, o.Path }).SingleAsync());
        var neighbour = new Caller("xinhua-worker", "新华社工", Role.CommunityWorker, xinhua.Id, new OrgPath(xinhua.Path));
        Task<Result<UnadmittedReport>> ResolveAsync(Caller caller, long id) =>
            f.RunAsync(sp => sp.GetRequiredService<ResolveUnadmittedReport>().HandleAsync(caller, id, UnadmittedReportStatus.Upheld, "已责令停止"));

        foreach (var outsider in new[] { neighbour, f.Department, f.OtherDepartment })
        {
            Assert.Equal(FailureKind.NotFound, (await ResolveAsync(outsider, report.Id)).Failure?.Kind);
        }
        // The reporting community sees the report but is not on the review group: that it may not settle it is no secret.
        Assert.Equal(FailureKind.Forbidden, (await ResolveAsync(f.Community, report.Id)).Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, (await ResolveAsync(f.Community, report.Id + 1000)).Failure?.Kind);

        Ok(await ResolveAsync(f.Chair, report.Id));
        // Once settled the department sees the outcome, and the neighbour still does not see the report.
        Assert.Equal(FailureKind.Forbidden, (await ResolveAsync(f.Department, report.Id)).Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, (await ResolveAsync(neighbour, report.Id)).Failure?.Kind);
    }
}
