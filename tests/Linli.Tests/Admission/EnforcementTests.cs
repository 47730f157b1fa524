using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Admission;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Admission.AdmissionFixture;

namespace Linli.Tests.Admission;

/// <summary>A task reaches a community only under an admission in force covering it, or a duty-list entry off the negative list.</summary>
public class EnforcementTests
{
    private static Task<Result<IReadOnlyList<CommunityTask>>> IssueAsync(AdmissionFixture f, IssueCommunityTasks.Command command, Linli.Core.Features.Accounts.Caller? caller = null) =>
        f.RunAsync(sp => sp.GetRequiredService<IssueCommunityTasks>().HandleAsync(caller ?? f.Department, command));

    private static IssueCommunityTasks.Command Task(string? number, long? entry = null, params string[] communities) =>
        new(number, entry, "自查", "", communities, Today.AddDays(10));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Issue_RefusesEveryUnadmittedPath_AndWritesNothing(string provider)
    {
        await using var f = await CreateAsync(provider);
        var admitted = await f.AdmitAsync(Command(AdmissionKind.WorkTask, "家庭医生签约宣传", communities: [Binxi]));
        var expired = await f.AdmitAsync(Command(AdmissionKind.WorkTask, "去年的宣传", start: Today.AddYears(-1), end: Today.AddDays(-1)));
        var revoked = await f.AdmitAsync(Command(AdmissionKind.WorkTask, "被撤销的宣传"));
        Ok(await f.RunAsync(sp => sp.GetRequiredService<RevokeAdmission>().HandleAsync(f.Chair, revoked.Id, "部门不再需要")));
        var entries = await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().DutyEntries.ToListAsync());
        var negative = entries.Single(e => e.Kind == DutyKind.Negative);

        Assert.Contains("未经准入的事项不得下派社区", (await IssueAsync(f, Task(null))).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("不存在", (await IssueAsync(f, Task("ZR-4111-2099-9999"))).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("到期", (await IssueAsync(f, Task(expired.AdmissionNumber))).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("已被撤销", (await IssueAsync(f, Task(revoked.AdmissionNumber))).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Contains($"社区 {Xinhua} 不在准入编号", (await IssueAsync(f, Task(admitted.AdmissionNumber, null, Binxi, Xinhua))).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("不是本部门申请的", (await IssueAsync(f, Task(admitted.AdmissionNumber), f.OtherDepartment)).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("负面清单", (await IssueAsync(f, Task(null, negative.Id, Binxi))).Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Equal(0, await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().CommunityTasks.CountAsync()));

        var issued = Ok(await IssueAsync(f, Task(admitted.AdmissionNumber)));
        Assert.Equal(admitted.AdmissionNumber, Assert.Single(issued).Basis);
        var fromList = Ok(await IssueAsync(f, Task(null, entries.Single(e => e.Title == "调解民间纠纷").Id, Binxi, Xinhua)));
        Assert.Equal(2, fromList.Count);
        Assert.All(fromList, t => Assert.Equal("清单：调解民间纠纷", t.Basis));
    }

    // At 01:00 in Beijing the UTC date is still yesterday: "yesterday" must already be in the past.
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deadline_IsJudgedByTheDateInBeijing_NotInUtc(string provider)
    {
        await using var f = await CreateAsync(provider);
        var admitted = await f.AdmitAsync(Command(AdmissionKind.WorkTask, "防汛宣传", communities: [Binxi]));
        var beijingToday = ChinaTime.Today(TimeProvider.System);
        var earlyMorning = new FixedClock(ChinaTime.StartUtc(beijingToday).AddHours(1));

        var refused = await f.RunAsync(sp => new IssueCommunityTasks(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<DutyLists>(), earlyMorning)
            .HandleAsync(f.Department, new(admitted.AdmissionNumber, null, "防汛宣传", "", [], beijingToday.AddDays(-1))));

        Assert.Equal("deadline", refused.Failure?.Field);
        Assert.Equal(0, await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().CommunityTasks.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cap_BlocksOneAssessmentTooMany_UnlessTheGroupOverridesWithAReason_Audited(string provider)
    {
        await using var f = await CreateAsync(provider);
        await f.RunAsync(async sp =>
        {
            var set = sp.GetRequiredService<Linli.Core.Features.Standards.SetStandard>();
            var bureau = new Linli.Core.Features.Accounts.Caller("b", "民政局", Linli.Core.Features.Accounts.Role.CivilAffairs, f.Member3.OrgUnitId, f.Member3.Scope);
            Ok(await set.HandleAsync(bureau, new("4111", Linli.Core.Features.Standards.StandardCatalog.AssessmentsPerYearCap, 3, null, new(2020, 1, 1), null, "测试")));
            return Ok(await set.HandleAsync(bureau, new("411102", Linli.Core.Features.Standards.StandardCatalog.AssessmentsPerDepartmentPerYearCap, 1, null, new(2020, 1, 1), null, "测试")));
        });
        var start = new DateOnly(Today.Year, 1, 1);
        var end = new DateOnly(Today.Year, 12, 31);
        await f.AdmitAsync(Command(AdmissionKind.Assessment, "卫生考核", communities: [Binxi], start: start, end: end));

        // Same department again: over its per-department cap of 1 (set at the district, inherited).
        var second = Ok(await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.Department, Command(AdmissionKind.Assessment, "卫生复查", communities: [Binxi], start: start, end: end))));
        var flags = await f.RunAsync(sp => sp.GetRequiredService<AdmissionQueries>().RequestAsync(f.Chair, second.Id));
        Assert.Contains(flags.Value!.Flags.Flags, x => x.Kind == FlagKind.ExceedsCap && x.Message.Zh.Contains("本部门考核评比将达 2 次", StringComparison.Ordinal));
        foreach (var member in new[] { f.Chair, f.Member2 })
        {
            Ok(await f.RunAsync(sp => sp.GetRequiredService<RecordOpinion>().HandleAsync(member, second.Id, Vote.Approve, "")));
        }
        var refused = await f.RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(f.Chair, second.Id, new(null, null, null, null, null)));
        Assert.Equal("capOverrideReason", refused.Failure!.Field);
        Assert.Equal(AdmissionStatus.Submitted, (await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().AdmissionRequests.SingleAsync(r => r.Id == second.Id))).Status);

        var admitted = Ok(await f.RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(f.Chair, second.Id, new(null, null, null, null, "上级督查要求，确需复查"))));
        Assert.Equal(AdmissionStatus.Approved, admitted.Status);
        Assert.Equal("上级督查要求，确需复查", admitted.CapOverrideReason);
        var audit = await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().AuditEntries.Where(a => a.Action == AdmissionServices.CapOverrideAction).ToListAsync());
        Assert.Contains($"admission request {second.Id}", Assert.Single(audit).Summary, StringComparison.Ordinal);

        // Another department: within its own cap, but the total cap of 3 (city) stops the fourth.
        await f.AdmitAsync(Command(AdmissionKind.Assessment, "安全检查", communities: [Binxi], start: start, end: end), department: f.OtherDepartment);
        var fourth = Ok(await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.OtherDepartment, Command(AdmissionKind.Assessment, "消防评比", communities: [Binxi], start: start, end: end))));
        var fourthFlags = (await f.RunAsync(sp => sp.GetRequiredService<AdmissionQueries>().RequestAsync(f.Chair, fourth.Id))).Value!.Flags.Flags;
        Assert.Contains(fourthFlags, x => x.Kind == FlagKind.ExceedsCap && x.Message.Zh.Contains("考核评比将达 4 次，超过上限 3", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NegativeListItem_IsFlagged_AndCannotBeAdmitted(string provider)
    {
        await using var f = await CreateAsync(provider);
        var filed = Ok(await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.Department, Command(AdmissionKind.Certificate, "开具居住证明"))));
        foreach (var member in new[] { f.Chair, f.Member2 })
        {
            Ok(await f.RunAsync(sp => sp.GetRequiredService<RecordOpinion>().HandleAsync(member, filed.Id, Vote.Approve, "")));
        }
        var refused = await f.RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(f.Chair, filed.Id, new(null, null, null, null, null)));
        Assert.Contains("不能准入：在负面清单内：居住证明", refused.Failure!.Message.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Filing_BadInputNamesTheField_OutsideTheAreaIsRefused_NothingWritten(string provider)
    {
        await using var f = await CreateAsync(provider);
        var file = (FileAdmissionRequest.Command c) => f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.Department, c));
        Assert.Equal("title", (await file(Command(AdmissionKind.Survey, " "))).Failure!.Field);
        Assert.Equal("endDate", (await file(Command(AdmissionKind.Survey, "调查", start: Today, end: Today.AddDays(-1)))).Failure!.Field);
        Assert.Equal("communityCodes", (await file(Command(AdmissionKind.Survey, "调查", communities: [OtherDistrictCommunity]))).Failure!.Field);
        Assert.Equal(FailureKind.Forbidden, (await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.Community, Command(AdmissionKind.Survey, "调查")))).Failure!.Kind);
        Assert.Equal(0, await f.RunAsync(sp => sp.GetRequiredService<LinliDb>().AdmissionRequests.CountAsync()));

        var filed = Ok(await file(Command(AdmissionKind.Survey, "居民健康档案入户核查")));
        var detail = (await f.RunAsync(sp => sp.GetRequiredService<AdmissionQueries>().RequestAsync(f.Chair, filed.Id))).Value!;
        Assert.Equal([FlagKind.CoveredByList, FlagKind.FundsMissing], detail.Flags.Flags.Select(x => x.Kind));
        Assert.True(detail.Request.FundsRequired);
        Assert.True(detail.CommunityCount > 1);
        // A community worker cannot read it; a member of another group's area could not either.
        Assert.Equal(FailureKind.NotFound, (await f.RunAsync(sp => sp.GetRequiredService<AdmissionQueries>().RequestAsync(f.Community, filed.Id))).Failure!.Kind);
    }
}
