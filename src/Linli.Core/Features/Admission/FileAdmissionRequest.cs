using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>A department files an admission request (提交准入申请); it goes to the review group of the target area.</summary>
public sealed class FileAdmissionRequest(LinliDb db, ReviewGroups groups, DutyLists lists, TimeProvider clock)
{
    public sealed record Command(
        AdmissionKind? Kind, string? Title, string? Content, string? TargetUnitCode, IReadOnlyList<string>? CommunityCodes,
        string? Frequency, int? TimesPerYear, DateOnly? StartDate, DateOnly? EndDate, decimal? HoursPerCommunity,
        int? PeopleProvided, decimal? FundsAmount, string? Authority, bool IsDemo = false);

    public static bool MayFile(Role role) => role == Role.Department;

    public async Task<Result<AdmissionRequest>> HandleAsync(Caller caller, Command c, CancellationToken ct = default)
    {
        if (!MayFile(caller.Role))
        {
            return Failure.Forbidden("只有职能部门可以提交准入申请", "Only departments file admission requests");
        }
        if (c.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return Failure.Invalid("kind", "请选择事项类型", "Choose the kind of item");
        }
        if (string.IsNullOrWhiteSpace(c.Title) || c.Title.Trim().Length > 200)
        {
            return Failure.Invalid("title", "请填写事项名称（不超过200字）", "Enter the item's title (at most 200 characters)");
        }
        if (string.IsNullOrWhiteSpace(c.Content) || c.Content.Trim().Length > 4000)
        {
            return Failure.Invalid("content", "请填写事项内容（不超过4000字）", "Describe the item (at most 4,000 characters)");
        }
        if (c.TimesPerYear is not { } times || times is < 1 or > 366)
        {
            return Failure.Invalid("timesPerYear", "每年次数应在1到366之间", "Times per year must be between 1 and 366");
        }
        if (c.StartDate is not { } start)
        {
            return Failure.Invalid("startDate", "请填写开始日期", "Enter the start date");
        }
        if (c.EndDate is not { } end || end < start)
        {
            return Failure.Invalid("endDate", "请填写结束日期（不早于开始日期）", "Enter the end date (not before the start date)");
        }
        // Counted back from the end: a start in year 9995 or later cannot step five years forward.
        if (end.Year > 5 && end.AddYears(-5) > start)
        {
            return Failure.Invalid("endDate", "期限不能超过5年", "The duration cannot exceed 5 years");
        }
        if (c.HoursPerCommunity is not { } hours || hours < 0 || hours > 10000)
        {
            return Failure.Invalid("hoursPerCommunity", "请填写每个社区预计工时（0到10000小时）", "Enter the expected hours per community (0 to 10,000)");
        }
        if (c.PeopleProvided is { } people && people < 0)
        {
            return Failure.Invalid("peopleProvided", "随事转移的人员数不能为负", "People provided cannot be negative");
        }
        if (c.FundsAmount is { } funds && (funds < 0 || funds > 1_000_000_000))
        {
            return Failure.Invalid("fundsAmount", "随事转移的经费应在0到10亿元之间", "Funds must be between 0 and 1,000,000,000 yuan");
        }
        var target = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == (c.TargetUnitCode ?? "").Trim(), ct);
        if (target is null || !caller.CanSee(target.Path) || target.Kind > OrgUnitKind.Community)
        {
            return Failure.Invalid("targetUnitCode", $"目标单位 {c.TargetUnitCode} 不存在或不在您的管辖范围内", $"Target unit {c.TargetUnitCode} does not exist or is outside your area");
        }
        var communities = await TargetsAsync(target, c.CommunityCodes ?? [], ct);
        if (communities.Failure is { } badTarget)
        {
            return badTarget;
        }
        var group = await groups.ForPathAsync(target.Path, ct);
        if (group is null)
        {
            return Failure.Invalid("targetUnitCode", "该区域尚未设立准入审核组，无法受理", "No review group covers this area yet; the request cannot be received");
        }
        var request = new AdmissionRequest
        {
            DepartmentUserId = caller.UserId, DepartmentName = caller.Name, ReviewGroupId = group.Id, TargetUnitId = target.Id, Path = target.Path,
            ListedCommunities = c.CommunityCodes is { Count: > 0 }, Kind = kind, Title = c.Title.Trim(), Content = c.Content.Trim(),
            Frequency = (c.Frequency ?? "").Trim() is { Length: > 0 } f ? f[..Math.Min(100, f.Length)] : $"每年{times}次",
            TimesPerYear = times, StartDate = start, EndDate = end, HoursPerCommunity = hours, PeopleProvided = c.PeopleProvided ?? 0,
            FundsAmount = c.FundsAmount ?? 0, Authority = (c.Authority ?? "").Trim() is var a && a.Length > 500 ? a[..500] : a,
            FiledAt = clock.GetUtcNow().UtcDateTime, IsDemo = c.IsDemo,
        };
        if (await lists.InForceAsync(target.Path, start, ct) is { } list)
        {
            var matched = list.Entries.Where(e => e.Kind != DutyKind.Negative && DutyMatcher.Matches(e, kind, request.Title, request.Content)).ToList();
            (request.FundsRequired, request.PeopleRequired) = (matched.Any(e => e.RequiresFunds), matched.Any(e => e.RequiresPeople));
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AdmissionRequests.Add(request);
        await db.SaveChangesAsync(ct);
        db.AdmissionTargets.AddRange(communities.Value!.Select(u => new AdmissionTarget { RequestId = request.Id, CommunityId = u.Id, Path = u.Path }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return request;
    }

    private async Task<Result<List<(long Id, string Path)>>> TargetsAsync(OrgUnit target, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var under = db.OrgUnits.AsNoTracking().Under(target.OrgPath).Where(o => o.Kind == OrgUnitKind.Community);
        if (codes.Count == 0)
        {
            var all = await under.Select(o => new { o.Id, o.Path }).ToListAsync(ct);
            if (all.Count == 0)
            {
                return Failure.Invalid("targetUnitCode", "目标单位下没有社区", "There are no communities under the target unit");
            }
            return all.Select(o => (o.Id, o.Path)).ToList();
        }
        var wanted = codes.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct().ToList();
        var found = await under.Where(o => wanted.Contains(o.Code)).Select(o => new { o.Id, o.Path, o.Code }).ToListAsync(ct);
        if (wanted.FirstOrDefault(w => found.All(f => f.Code != w)) is { } missing)
        {
            return Failure.Invalid("communityCodes", $"社区代码 {missing} 不存在或不在目标单位之下", $"Community {missing} does not exist or is not under the target unit");
        }
        return found.Select(o => (o.Id, o.Path)).ToList();
    }
}
