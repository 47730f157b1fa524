using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>Loads a request with its group for the review use cases and checks who the caller is in it.</summary>
public sealed class ReviewContext(LinliDb db, ReviewGroups groups)
{
    public sealed record Loaded(AdmissionRequest Request, ReviewGroup Group, ReviewMember? Member);

    public async Task<Result<Loaded>> LoadAsync(Caller caller, long requestId, CancellationToken ct)
    {
        var request = await db.AdmissionRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return NotFound;
        }
        var group = (await groups.ByIdAsync(request.ReviewGroupId, ct))!;
        var member = group.Members.FirstOrDefault(m => m.UserId == caller.UserId);
        // Reviewers see what their group reviews; the filing department sees its own; others by area.
        if (member is null && request.DepartmentUserId != caller.UserId && !caller.CanSee(request.Path))
        {
            return NotFound;
        }
        return new Loaded(request, group, member);
    }

    public static readonly Failure NotFound = Failure.NotFound("未找到该准入申请", "Admission request not found");

    public static readonly Failure NotMember = Failure.Forbidden("只有本审核组成员可以审核", "Only members of the review group may review");

    public static readonly Failure NotChair = Failure.Forbidden("只有审核组组长可以作出决定或撤销准入", "Only the chair of the review group may decide or revoke");
}

/// <summary>A member records an opinion (审核意见); recording again replaces the earlier one.</summary>
public sealed class RecordOpinion(LinliDb db, ReviewContext context, TimeProvider clock)
{
    public async Task<Result<ReviewOpinion>> HandleAsync(Caller caller, long requestId, Vote? vote, string? comment, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, requestId, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var (request, _, member) = loaded.Value!;
        if (member is null)
        {
            return ReviewContext.NotMember;
        }
        if (request.Status != AdmissionStatus.Submitted)
        {
            return Failure.Conflict("该申请已结束审核", "This request is no longer under review");
        }
        if (vote is not { } v || !Enum.IsDefined(v))
        {
            return Failure.Invalid("vote", "请选择审核意见：同意、附条件同意或不同意", "Choose approve, approve with conditions or reject");
        }
        var text = (comment ?? "").Trim();
        if (v != Vote.Approve && text.Length == 0)
        {
            return Failure.Invalid("comment", v == Vote.Reject ? "不同意时请写明理由" : "附条件同意时请写明条件", v == Vote.Reject ? "Give the reasons for rejecting" : "State the conditions");
        }
        var opinion = await db.ReviewOpinions.FirstOrDefaultAsync(o => o.RequestId == requestId && o.MemberUserId == caller.UserId, ct);
        if (opinion is null)
        {
            opinion = new ReviewOpinion { RequestId = requestId, MemberUserId = caller.UserId, MemberName = member.Name };
            db.ReviewOpinions.Add(opinion);
        }
        (opinion.Vote, opinion.Comment, opinion.At) = (v, text.Length > 2000 ? text[..2000] : text, clock.GetUtcNow().UtcDateTime);
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return opinion;
    }
}

/// <summary>The filing department withdraws a request still under review (撤回).</summary>
public sealed class WithdrawAdmissionRequest(LinliDb db, ReviewContext context, TimeProvider clock)
{
    public async Task<Result<AdmissionRequest>> HandleAsync(Caller caller, long requestId, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, requestId, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var request = loaded.Value!.Request;
        if (request.DepartmentUserId != caller.UserId)
        {
            return Failure.Forbidden("只有提交申请的部门可以撤回", "Only the department that filed it may withdraw it");
        }
        if (request.Withdraw(clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return refused;
        }
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return request;
    }
}

/// <summary>The chair revokes an admission (撤销准入): no new tasks may cite it from then on.</summary>
public sealed class RevokeAdmission(LinliDb db, ReviewContext context, TimeProvider clock)
{
    public async Task<Result<AdmissionRequest>> HandleAsync(Caller caller, long requestId, string? reason, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, requestId, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var (request, _, member) = loaded.Value!;
        if (member is not { IsChair: true })
        {
            return ReviewContext.NotChair;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Failure.Invalid("reason", "请填写撤销理由", "Give the reason for revoking");
        }
        if (request.Revoke(reason.Length > 1000 ? reason[..1000] : reason, clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return refused;
        }
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return request;
    }
}
