using Linli.Core.Common;

namespace Linli.Core.Features.Admission;

public enum AdmissionStatus
{
    Submitted = 1,              // 待审核
    Withdrawn = 2,              // 已撤回
    Approved = 3,               // 准予准入
    ApprovedWithConditions = 4, // 附条件准入
    Rejected = 5,               // 不予准入
    Revoked = 6,                // 已撤销
}

/// <summary>
/// A department's request to put an item into communities (准入申请) and, once decided, the
/// admission itself: number, validity and conditions. The state machine lives here; use cases load,
/// check the caller and call it. <see cref="Path"/> is the target unit's path: the request is seen by
/// callers whose area contains it.
/// </summary>
public sealed class AdmissionRequest : IHasPath
{
    public long Id { get; set; }
    public required string DepartmentUserId { get; set; }
    public required string DepartmentName { get; set; }
    public long ReviewGroupId { get; set; }
    public long TargetUnitId { get; set; }
    public required string Path { get; set; }

    /// <summary>True when the department listed communities; false for "all under the target unit".</summary>
    public bool ListedCommunities { get; set; }

    public AdmissionKind Kind { get; set; }
    public required string Title { get; set; }
    public string Content { get; set; } = "";
    public string Frequency { get; set; } = "";
    public int TimesPerYear { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public decimal HoursPerCommunity { get; set; }
    public int PeopleProvided { get; set; }   // 人随事转
    public decimal FundsAmount { get; set; }  // 费随事转, yuan in total
    public string Authority { get; set; } = ""; // 权随责走: the powers handed over, empty when none

    /// <summary>Snapshot at filing: the duty list says this kind of work must bring funds / people.</summary>
    public bool FundsRequired { get; set; }
    public bool PeopleRequired { get; set; }

    public AdmissionStatus Status { get; set; } = AdmissionStatus.Submitted;
    public DateTime FiledAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? Reasons { get; set; }
    public string? Conditions { get; set; }
    public string? CapOverrideReason { get; set; }
    public string? AdmissionNumber { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? RevokeReason { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public bool IsApproved => Status is AdmissionStatus.Approved or AdmissionStatus.ApprovedWithConditions;

    /// <summary>An admission in force: approved, not revoked, and the date inside its validity period.</summary>
    public bool InForceOn(DateOnly date) => IsApproved && ValidFrom <= date && ValidTo >= date;

    public Failure? Withdraw(DateTime now)
    {
        if (Status != AdmissionStatus.Submitted)
        {
            return Failure.Conflict("只有待审核的申请可以撤回", "Only a request awaiting review can be withdrawn");
        }
        (Status, ClosedAt) = (AdmissionStatus.Withdrawn, now);
        return null;
    }

    public Failure? Approve(string number, DateOnly from, DateOnly to, string? conditions, string decidedBy, DateTime now)
    {
        if (Status != AdmissionStatus.Submitted)
        {
            return Failure.Conflict("该申请已结束审核", "This request is no longer under review");
        }
        Status = string.IsNullOrWhiteSpace(conditions) ? AdmissionStatus.Approved : AdmissionStatus.ApprovedWithConditions;
        (AdmissionNumber, ValidFrom, ValidTo, Conditions, DecidedBy, ClosedAt) = (number, from, to, conditions?.Trim(), decidedBy, now);
        return null;
    }

    public Failure? Reject(string reasons, string decidedBy, DateTime now)
    {
        if (Status != AdmissionStatus.Submitted)
        {
            return Failure.Conflict("该申请已结束审核", "This request is no longer under review");
        }
        (Status, Reasons, DecidedBy, ClosedAt) = (AdmissionStatus.Rejected, reasons.Trim(), decidedBy, now);
        return null;
    }

    public Failure? Revoke(string reason, DateTime now)
    {
        if (!IsApproved)
        {
            return Failure.Conflict("只有已准入的事项可以撤销", "Only an admitted item can be revoked");
        }
        (Status, RevokeReason, ClosedAt) = (AdmissionStatus.Revoked, reason.Trim(), now);
        return null;
    }
}

/// <summary>One community an admission request covers (expanded when filed, so checks are a lookup).</summary>
public sealed class AdmissionTarget : IHasPath
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
}

/// <summary>A file attached to a request; the bytes live under the data folder (see <see cref="AttachmentStore"/>).</summary>
public sealed class AdmissionAttachment
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public DateTime UploadedAt { get; set; }
}
