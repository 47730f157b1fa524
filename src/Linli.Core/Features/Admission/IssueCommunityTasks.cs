using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>
/// The only way a task reaches communities in Linli (下派社区任务). It must cite either an admission
/// number in force on the day (approved, not revoked or expired, covering each community; issued by
/// the department that holds it) or an entry of the duty list in force for each community that is not
/// on the negative list. Anything else is refused with the reason, and nothing is written unless every
/// community passes.
/// </summary>
public sealed class IssueCommunityTasks(LinliDb db, DutyLists lists, TimeProvider clock)
{
    public sealed record Command(string? AdmissionNumber, long? DutyEntryId, string? Title, string? Details, IReadOnlyList<string>? CommunityCodes, DateOnly? Deadline);

    public static bool MayIssue(Role role) => role is Role.Department or Role.StreetOffice or Role.CivilAffairs;

    public static readonly Failure Unadmitted = Failure.Invalid("admissionNumber",
        "未经准入的事项不得下派社区：请引用有效的准入编号或工作事项清单中的事项",
        "Items without admission may not be sent to communities: cite a valid admission number or a duty-list entry");

    public async Task<Result<IReadOnlyList<CommunityTask>>> HandleAsync(Caller caller, Command c, CancellationToken ct = default)
    {
        if (!MayIssue(caller.Role))
        {
            return Failure.Forbidden("当前角色不能向社区下派任务", "Your role may not send tasks to communities");
        }
        var number = (c.AdmissionNumber ?? "").Trim();
        if ((number.Length == 0) == (c.DutyEntryId is null))
        {
            return Unadmitted;
        }
        var today = ChinaTime.Today(clock);
        if (c.Deadline is not { } deadline || deadline < today)
        {
            return Failure.Invalid("deadline", "请填写完成期限（不早于今天）", "Enter the deadline (today or later)");
        }
        var codes = (c.CommunityCodes ?? []).Select(x => x.Trim()).Where(x => x.Length > 0).Distinct().ToList();
        var tasks = number.Length > 0
            ? await UnderAdmissionAsync(caller, number, codes, today, c, deadline, ct)
            : await UnderDutyEntryAsync(caller, c.DutyEntryId!.Value, codes, today, c, deadline, ct);
        if (tasks.Failure is not null)
        {
            return tasks;
        }
        db.CommunityTasks.AddRange(tasks.Value!);
        await db.SaveChangesAsync(ct);
        return tasks;
    }

    private async Task<Result<IReadOnlyList<CommunityTask>>> UnderAdmissionAsync(Caller caller, string number, List<string> codes, DateOnly today, Command c, DateOnly deadline, CancellationToken ct)
    {
        var admission = await db.AdmissionRequests.AsNoTracking().FirstOrDefaultAsync(r => r.AdmissionNumber == number, ct);
        if (admission is null)
        {
            return Failure.Invalid("admissionNumber", $"准入编号 {number} 不存在，未经准入的事项不得下派社区", $"Admission number {number} does not exist; items without admission may not be sent to communities");
        }
        if (admission.DepartmentUserId != caller.UserId)
        {
            return Failure.Invalid("admissionNumber", $"准入编号 {number} 不是本部门申请的", $"Admission {number} was not granted to your department");
        }
        if (admission.Status == AdmissionStatus.Revoked)
        {
            return Failure.Invalid("admissionNumber", $"准入编号 {number} 已被撤销，不得再下派任务", $"Admission {number} has been revoked; no new tasks may cite it");
        }
        if (!admission.InForceOn(today))
        {
            return new Failure(FailureKind.Invalid, admission.ValidTo < today
                ? new Bilingual($"准入编号 {number} 已于 {admission.ValidTo:yyyy-MM-dd} 到期", $"Admission {number} expired on {admission.ValidTo:yyyy-MM-dd}")
                : new Bilingual($"准入编号 {number} 自 {admission.ValidFrom:yyyy-MM-dd} 起生效，尚未生效", $"Admission {number} takes effect on {admission.ValidFrom:yyyy-MM-dd}; not yet in force"), "admissionNumber");
        }
        var covered = await (from t in db.AdmissionTargets.AsNoTracking()
                             where t.RequestId == admission.Id
                             join u in db.OrgUnits on t.CommunityId equals u.Id
                             select new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var chosen = codes.Count == 0 ? covered : covered.Where(u => codes.Contains(u.Code)).ToList();
        if (codes.FirstOrDefault(x => covered.All(u => u.Code != x)) is { } outside)
        {
            return Failure.Invalid("communityCodes", $"社区 {outside} 不在准入编号 {number} 的范围内", $"Community {outside} is not covered by admission {number}");
        }
        return chosen.Select(u => NewTask(caller, u.Id, u.Path, number, admission.Kind, c.Title is { Length: > 0 } ? c.Title : admission.Title, c.Details, deadline, admission.Id, null)).ToList();
    }

    private async Task<Result<IReadOnlyList<CommunityTask>>> UnderDutyEntryAsync(Caller caller, long entryId, List<string> codes, DateOnly today, Command c, DateOnly deadline, CancellationToken ct)
    {
        var entry = await db.DutyEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return Failure.Invalid("dutyEntryId", "未找到该清单事项", "Duty-list entry not found");
        }
        if (entry.Kind == DutyKind.Negative)
        {
            return Failure.Invalid("dutyEntryId", $"“{entry.Title}”在负面清单内，不得交给社区", $"\"{entry.Title}\" is on the negative list and may not be given to communities");
        }
        if (codes.Count == 0)
        {
            return Failure.Invalid("communityCodes", "请填写接收任务的社区代码", "Enter the codes of the communities receiving the task");
        }
        var units = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code) && o.Kind == OrgUnitKind.Community).ToListAsync(ct);
        var tasks = new List<CommunityTask>();
        foreach (var code in codes)
        {
            var unit = units.FirstOrDefault(u => u.Code == code);
            if (unit is null || !caller.CanSee(unit.Path))
            {
                return Failure.Invalid("communityCodes", $"社区 {code} 不存在或不在您的管辖范围内", $"Community {code} does not exist or is outside your area");
            }
            var list = await lists.InForceAsync(unit.Path, today, ct);
            if (list is null || list.Id != entry.DutyListId)
            {
                return Failure.Invalid("dutyEntryId", $"“{entry.Title}”不在{unit.Name}现行的工作事项清单中", $"\"{entry.Title}\" is not on the duty list in force for {unit.Name}");
            }
            tasks.Add(NewTask(caller, unit.Id, unit.Path, $"清单：{entry.Title}", entry.TaskKind ?? AdmissionKind.WorkTask, c.Title is { Length: > 0 } ? c.Title : entry.Title, c.Details, deadline, null, entry.Id));
        }
        return tasks;
    }

    private CommunityTask NewTask(Caller caller, long communityId, string path, string basis, AdmissionKind kind, string title, string? details, DateOnly deadline, long? admissionId, long? entryId) => new()
    {
        CommunityId = communityId, Path = path, Basis = basis.Length > 240 ? basis[..240] : basis, Kind = kind,
        Title = title.Trim().Length > 200 ? title.Trim()[..200] : title.Trim(), Details = (details ?? "").Trim() is var d && d.Length > 2000 ? d[..2000] : d,
        Department = caller.Name, IssuedByUserId = caller.UserId, IssuedAt = clock.GetUtcNow().UtcDateTime, Deadline = deadline,
        AdmissionRequestId = admissionId, DutyEntryId = entryId,
    };
}
