using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>
/// The chair closes the review (作出准入决定): the group's rule turns the opinions into approved or
/// rejected; approval gets a number ZR-{unit}-{year}-{seq} and a validity period, with conditions when
/// any member approved on conditions. An item on the negative list cannot be admitted; an assessment
/// over the cap only with a stated override reason, which is audited.
/// </summary>
public sealed class DecideAdmission(LinliDb db, ReviewContext context, ReviewFlags flags, AuditActor actor, TimeProvider clock)
{
    public sealed record Command(DateOnly? ValidFrom, DateOnly? ValidTo, string? Conditions, string? Reasons, string? CapOverrideReason);

    public async Task<Result<AdmissionRequest>> HandleAsync(Caller caller, long requestId, Command c, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, requestId, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var (request, group, member) = loaded.Value!;
        if (member is not { IsChair: true })
        {
            return ReviewContext.NotChair;
        }
        if (request.Status != AdmissionStatus.Submitted)
        {
            return Failure.Conflict("该申请已结束审核", "This request is no longer under review");
        }
        var opinions = await db.ReviewOpinions.AsNoTracking().Where(o => o.RequestId == requestId).ToListAsync(ct);
        var (outcome, decisive) = DecisionRules.Decide(group, opinions);
        var votes = decisive.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        switch (outcome)
        {
            case DecisionOutcome.Pending:
                var needed = DecisionRules.Needed(group.Rule, group.Members.Count);
                return Failure.Conflict($"意见尚不足以作出决定：{group.Members.Count} 名成员中已有 {votes.Count} 人表态，准入需 {needed} 人同意",
                    $"Not enough opinions to decide: {votes.Count} of {group.Members.Count} members have voted; admission needs {needed} approvals");
            case DecisionOutcome.Rejected:
                var reasons = (c.Reasons ?? "").Trim();
                if (reasons.Length == 0)
                {
                    reasons = string.Join("；", votes.Where(v => v.Vote == Vote.Reject).Select(v => $"{v.MemberName}：{v.Comment}"));
                }
                request.Reject(reasons.Length > 2000 ? reasons[..2000] : reasons, caller.Name, now);
                break;
            default:
                var approved = await ApproveAsync(caller, request, group, votes, c, now, ct);
                if (approved is not null)
                {
                    return approved;
                }
                break;
        }
        return await SaveAsync(request, group, now, ct);
    }

    /// <summary>
    /// Saves the decision. Two chairs approving different requests at the same instant compute the
    /// same next number; the unique index lets one win and the other takes the next free number. The
    /// same request decided twice at once fails the Version check: the second chair is told so.
    /// </summary>
    private async Task<Result<AdmissionRequest>> SaveAsync(AdmissionRequest request, ReviewGroup group, DateTime now, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return request;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Failure.Conflict("该申请刚刚已由他人作出决定，请刷新页面查看结果", "Someone else has just decided this request; reload the page to see the result");
            }
            catch (DbUpdateException e) when (request.AdmissionNumber is not null && attempt < 5 && UniqueViolation.Is(e))
            {
                request.AdmissionNumber = await NextNumberAsync(group, now, ct);
            }
        }
    }

    /// <summary>The next number after the highest one given this year (not a count, so a gap or a
    /// concurrent approval cannot make it repeat a number).</summary>
    private async Task<string> NextNumberAsync(ReviewGroup group, DateTime now, CancellationToken ct)
    {
        var unitCode = await db.OrgUnits.Where(o => o.Id == group.OrgUnitId).Select(o => o.Code).FirstAsync(ct);
        var prefix = $"ZR-{unitCode}-{ChinaTime.DateOf(now).Year}-";
        var highest = await db.AdmissionRequests.AsNoTracking()
            .Where(r => r.AdmissionNumber != null && r.AdmissionNumber.StartsWith(prefix))
            .Select(r => r.AdmissionNumber!).ToListAsync(ct);
        var last = highest.Select(n => int.TryParse(n.AsSpan(prefix.Length), out var seq) ? seq : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:0000}";
    }

    private async Task<Failure?> ApproveAsync(Caller caller, AdmissionRequest request, ReviewGroup group, List<ReviewOpinion> votes, Command c, DateTime now, CancellationToken ct)
    {
        var found = await flags.ForAsync(request, ct);
        if (found.Flags.FirstOrDefault(f => f.Kind == FlagKind.NegativeList) is { } negative)
        {
            return Failure.Invalid("decision", $"不能准入：{negative.Message.Zh}", $"Cannot admit: {negative.Message.En}");
        }
        var from = c.ValidFrom ?? request.StartDate;
        var to = c.ValidTo ?? request.EndDate;
        if (to < from)
        {
            return Failure.Invalid("validTo", "有效期止不能早于有效期起", "The validity cannot end before it starts");
        }
        // Counted back from the end: a start in year 9995 or later cannot step five years forward.
        if (to.Year > 5 && to.AddYears(-5) > from)
        {
            return Failure.Invalid("validTo", "有效期不能超过5年", "The validity cannot exceed 5 years");
        }
        var conditions = (c.Conditions ?? "").Trim();
        if (conditions.Length == 0 && votes.Any(v => v.Vote == Vote.ApproveWithConditions))
        {
            conditions = string.Join("；", votes.Where(v => v.Vote == Vote.ApproveWithConditions).Select(v => v.Comment));
        }
        if (found.CapExcesses.Count > 0)
        {
            var reason = (c.CapOverrideReason ?? "").Trim();
            if (reason.Length == 0)
            {
                var first = found.Flags.First(f => f.Kind == FlagKind.ExceedsCap).Message;
                return Failure.Invalid("capOverrideReason", $"超出考核评比次数上限（{first.Zh}），如确需准入请填写突破上限的理由",
                    $"Over the assessment cap ({first.En}); to admit it anyway, give the reason for overriding the cap");
            }
            request.CapOverrideReason = reason.Length > 1000 ? reason[..1000] : reason;
            db.AuditEntries.Add(AuditEntry.ForBulk(actor, AdmissionServices.CapOverrideAction,
                $"admission request {request.Id}: assessment cap overridden for {found.CapExcesses.Count} community-years by {caller.Name}", request.Path));
        }
        return request.Approve(await NextNumberAsync(group, now, ct), from, to, conditions.Length > 2000 ? conditions[..2000] : conditions, caller.Name, now);
    }
}
