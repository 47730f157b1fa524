using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>
/// Admission demo data for the demo city (演示数据): two versions of a duty list, the review group
/// (shenhe chairs, minzheng sits on it), an assessment cap, admissions in every state, tasks and an
/// unadmitted-task report — all made through the real use cases, so the demo obeys the same rules.
/// </summary>
public sealed class AdmissionDemo(LinliDb db, PublishDutyList publish, ReviewGroups groups, FileAdmissionRequest file, RecordOpinion opinions,
    DecideAdmission decide, WithdrawAdmissionRequest withdraw, IssueCommunityTasks issue, CompleteCommunityTask complete, ReportUnadmittedTask report, TimeProvider clock)
{
    public const string Street = "411102001"; // 老街街道

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var city = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Code == DemoCity.Code, ct);
        Must(await publish.HandleAsync(null, new(DemoCity.Code, "漯河市城市社区工作事项清单（2024年版，演示数据）", new(2024, 1, 1), DemoDutyList.Version2024, IsDemo: true), ct));
        Must(await publish.HandleAsync(null, new(DemoCity.Code, "漯河市城市社区工作事项清单（2026年版，演示数据）", new(2026, 1, 1), DemoDutyList.Version2026, IsDemo: true), ct));
        Must(await groups.SetUpAsync(null, new(DemoCity.Code, null, DecisionRule.SimpleMajority, ["shenhe", "minzheng"], "shenhe"), ct));
        db.PolicyStandards.Add(new PolicyStandard
        {
            Key = StandardCatalog.AssessmentsPerYearCap, Value = 6, OrgUnitId = city.Id, Path = city.Path, ValidFrom = new(2024, 1, 1),
            Source = "演示数据：每个社区每年考核评比不超过6次", CreatedBy = "demo", CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);

        var department = await CallerAsync("bumen", ct);
        var chair = await CallerAsync("shenhe", ct);
        var bureau = await CallerAsync("minzheng", ct);
        var community = await CallerAsync("shequ", ct);
        var (yearStart, yearEnd) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));

        var assessment = Must(await file.HandleAsync(department, new(AdmissionKind.Assessment, "家庭医生签约服务考核", "每年对社区协助家庭医生签约宣传的情况考核一次，以抽查为主，不要求社区另建台账。",
            Street, null, "每年一次", 1, yearStart, yearEnd, 8, 0, 20000, "考核结果由卫健部门负责解释", IsDemo: true), ct));
        Must(await opinions.HandleAsync(chair, assessment.Id, Vote.Approve, "", ct));
        Must(await opinions.HandleAsync(bureau, assessment.Id, Vote.ApproveWithConditions, "不得要求社区另建纸质台账", ct));
        var number = Must(await decide.HandleAsync(chair, assessment.Id, new(null, null, null, null, null), ct)).AdmissionNumber;

        var survey = Must(await file.HandleAsync(department, new(AdmissionKind.Survey, "居民健康档案入户核查", "请各社区逐户核查居民健康档案信息并报送汇总表。",
            "411102", null, "一次性", 1, today, today.AddMonths(3), 16, 0, 0, "", IsDemo: true), ct));
        Must(await opinions.HandleAsync(bureau, survey.Id, Vote.Reject, "档案数据应由卫健系统共享，不应让社区逐户重复采集", ct));

        var certificate = Must(await file.HandleAsync(department, new(AdmissionKind.Certificate, "开具居住证明", "请社区为办理健康证的居民开具居住证明。",
            Street, null, "随时", 12, yearStart, yearEnd, 20, 0, 0, "", IsDemo: true), ct));
        Must(await opinions.HandleAsync(chair, certificate.Id, Vote.Reject, "居住证明已列入负面清单，社区不再开具", ct));
        Must(await opinions.HandleAsync(bureau, certificate.Id, Vote.Reject, "在负面清单内", ct));
        Must(await decide.HandleAsync(chair, certificate.Id, new(null, null, null, null, null), ct));

        var plaque = Must(await file.HandleAsync(department, new(AdmissionKind.Plaque, "社区健康小屋挂牌", "在社区服务中心悬挂“健康小屋”标牌。",
            Street, [DemoCity.SampleCommunityCode], "一次性", 1, today, today.AddYears(1), 2, 0, 0, "", IsDemo: true), ct));
        Must(await withdraw.HandleAsync(department, plaque.Id, ct));

        var tasks = Must(await issue.HandleAsync(department, new(number, null, "家庭医生签约服务考核自查", "对照考核细则自查并在线提交，无需纸质台账。",
            [DemoCity.SampleCommunityCode], today.AddDays(30)), ct));
        Must(await issue.HandleAsync(department, new(number, null, "家庭医生签约宣传材料张贴", "", [DemoCity.SampleCommunityCode], today.AddDays(7)), ct));
        Must(await complete.HandleAsync(community, tasks[0].Id, "已自查并在线提交", ct));
        foreach (var task in await db.CommunityTasks.Where(t => t.IssuedByUserId == department.UserId).ToListAsync(ct))
        {
            task.IsDemo = true;
        }
        await db.SaveChangesAsync(ct);

        Must(await report.HandleAsync(community, new(DemoCity.SampleCommunityCode, "区住建局", "要求社区每周报送电动车充电桩排查台账（纸质并盖章）",
            today.AddDays(-10), "街道工作群通知截图，发送人：区住建局某科室", IsDemo: true), ct));
    }

    private async Task<Caller> CallerAsync(string userName, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == userName, ct);
        var path = await db.OrgUnits.Where(o => o.Id == user.OrgUnitId).Select(o => o.Path).FirstAsync(ct);
        return new Caller(user.Id, user.DisplayName, user.Role, user.OrgUnitId, new OrgPath(path));
    }

    private static T Must<T>(Common.Result<T> result) =>
        result.Ok ? result.Value! : throw new InvalidOperationException($"Admission demo data refused: {result.Failure!.Message.En}");
}
