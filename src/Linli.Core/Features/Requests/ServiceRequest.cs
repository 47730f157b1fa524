using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Requests;

/// <summary>
/// A citizen request (诉求): a need or complaint from any channel, tracked from intake to archive.
/// Path is the place's org path (scope: who may see it); AssignedPath is the handling unit's path
/// (queues). The contact phone is stored like a resident's: encrypted, keyed hash to find a caller's
/// past requests, masked copy for screens. The verification code is only ever stored hashed.
/// </summary>
public sealed class ServiceRequest : IHasPath
{
    public long Id { get; set; }

    /// <summary>Q + Beijing date + daily sequence, e.g. Q20261201-000123: read out on the phone.</summary>
    public required string TrackingNumber { get; set; }

    public required byte[] VerificationHash { get; set; }
    public RequestChannel Channel { get; set; }
    public long CategoryId { get; set; }

    /// <summary>Where the problem is: a community, grid, estate's community or building.</summary>
    public long PlaceUnitId { get; set; }

    public required string Path { get; set; }
    public long? EstateId { get; set; }
    public string? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public required string Description { get; set; }

    public string? ContactName { get; set; }
    public byte[]? PhoneCipher { get; set; }
    public byte[]? PhoneHash { get; set; }
    public string? PhoneMasked { get; set; }

    /// <summary>The resident agreed to be told of status changes (notifications outbox).</summary>
    public bool NotifyOptIn { get; set; }

    /// <summary>Optional email for notifications: encrypted like the phone, masked copy for screens (Features/Notifications).</summary>
    public byte[]? EmailCipher { get; set; }
    public string? EmailMasked { get; set; }

    /// <summary>"en" when the resident used English; null is Chinese. Notifications are written in it.</summary>
    public string? NotifyLanguage { get; set; }

    public RequestStatus Status { get; set; } = RequestStatus.Received;
    public long? AssignedUnitId { get; set; }
    public string? AssignedPath { get; set; }

    /// <summary>Member service company (加盟企业) the request is routed to; see Features/Companies.</summary>
    public long? ServiceCompanyId { get; set; }

    public DateTime ReceivedAt { get; set; }
    public DateTime ResponseDueAt { get; set; }
    public DateTime ResolutionDueAt { get; set; }

    /// <summary>First time a unit signed for it (响应); the response rate compares it with ResponseDueAt.</summary>
    public DateTime? RespondedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>Set once by the deadline sweeper: the warning before a due time, and overdue after it.</summary>
    public DateTime? WarnedAt { get; set; }
    public DateTime? OverdueAt { get; set; }

    /// <summary>How many times it was escalated one level up the tree.</summary>
    public int EscalationLevel { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>Open request this one looks like a duplicate of, proposed at intake until staff merge or dismiss it.</summary>
    public long? SuggestedDuplicateOfId { get; set; }

    public long? MergedIntoId { get; set; }
    public string? CreatedBy { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    public RequestCategory? Category { get; set; }
    public List<RequestTransition> History { get; set; } = [];

    /// <summary>
    /// Applies one workflow move: checked against <see cref="RequestWorkflow"/>, recorded in History
    /// with who, when and the note, and the timestamps the rates read are set.
    /// <paramref name="role"/> null is the deadline sweeper.
    /// </summary>
    public Result<RequestTransition> Apply(RequestAction action, Role? role, string actorName, string? actorId, string? note, DateTime now, long? toUnitId = null, string? toUnitPath = null)
    {
        var check = RequestWorkflow.Check(Status, action, role, note);
        if (!check.Ok)
        {
            return check.Failure!;
        }
        var from = Status;
        Status = check.Value;
        switch (action)
        {
            case RequestAction.Accept:
                RespondedAt ??= now;
                break;
            case RequestAction.Resolve:
                ResolvedAt = now;
                break;
            case RequestAction.Close:
                ClosedAt = now;
                break;
            case RequestAction.Reopen:
                (ReopenCount, ResolvedAt) = (ReopenCount + 1, null);
                break;
        }
        if (toUnitId is { } unit && toUnitPath is not null)
        {
            (AssignedUnitId, AssignedPath) = (unit, toUnitPath);
        }
        UpdatedAt = now;
        var transition = new RequestTransition
        {
            RequestId = Id,
            At = now,
            Action = action,
            From = from,
            To = Status,
            ActorId = actorId,
            ActorName = actorName,
            ActorRole = role,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, RequestTransition.NoteMaxLength)],
            ToUnitId = toUnitId,
        };
        History.Add(transition);
        return transition;
    }
}
