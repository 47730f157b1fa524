using Linli.Core.Common;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// An application (办件) against a catalogue item, from the window or the public page. Path is the
/// applicant's community (who may see it); HandlingPath is the unit that handles it (queues).
/// Answers are JSON keyed by field key; ID and phone answers hold only a masked copy and a cipher
/// (<see cref="StoredAnswer"/>). The verification code is only ever stored hashed.
/// </summary>
public sealed class ServiceApplication : IHasPath
{
    public const int NoteMaxLength = 500;

    public long Id { get; set; }

    /// <summary>B + Beijing date + daily sequence, e.g. B20261201-000042 (B for 办件).</summary>
    public required string TrackingNumber { get; set; }

    public required byte[] VerificationHash { get; set; }
    public long ItemId { get; set; }
    public ApplicationChannel Channel { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public long HandlingUnitId { get; set; }
    public required string HandlingPath { get; set; }
    public string AnswersJson { get; set; } = "[]";
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;
    public DateTime SubmittedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>Why it was rejected, or the result of approval, as the resident sees it on the track page.</summary>
    public string? Outcome { get; set; }

    public string? CreatedBy { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    public CatalogueItem? Item { get; set; }
    public List<ApplicationTransition> History { get; set; } = [];

    public IReadOnlyList<StoredAnswer> Answers
    {
        get => CatalogueJson.Read<StoredAnswer>(AnswersJson);
        set => AnswersJson = CatalogueJson.Write(value);
    }

    /// <summary>While it waits for the applicant's 补正 the clock is stopped, so it cannot fall overdue.</summary>
    public bool IsOverdue(DateTime now) => Status.IsOpen() && Status != ApplicationStatus.NeedsMaterials && DueAt < now;

    /// <summary>One move of the workflow, checked and recorded in History with who, when and the note.</summary>
    public Result<ApplicationTransition> Apply(ApplicationAction action, string actorName, string? actorId, string? note, DateTime now)
    {
        var check = ApplicationWorkflow.Check(Status, action, note);
        if (!check.Ok)
        {
            return check.Failure!;
        }
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, NoteMaxLength)];
        var transition = new ApplicationTransition
        {
            ApplicationId = Id, At = now, Action = action, From = Status, To = check.Value,
            ActorId = actorId, ActorName = actorName, Note = trimmed,
        };
        Status = check.Value;
        if (!Status.IsOpen())
        {
            (DecidedAt, Outcome) = (now, trimmed);
        }
        UpdatedAt = now;
        History.Add(transition);
        return transition;
    }
}

public enum ApplicationChannel
{
    Window = 1, // 窗口: staff enter it
    Web = 2,    // 网上: the public /services page, no account
}

/// <summary>
/// An answer as stored. Plain answers keep <see cref="Value"/>; ID and phone answers keep the
/// masked form in <see cref="Value"/> and the encrypted one (base64) in <see cref="Cipher"/>.
/// </summary>
public sealed record StoredAnswer(string Key, string? Value, string? Cipher = null);

/// <summary>One recorded move: who, when, from/to and the note (补正 list, rejection reason, result).</summary>
public sealed class ApplicationTransition
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public DateTime At { get; set; }
    public ApplicationAction Action { get; set; }
    public ApplicationStatus? From { get; set; }
    public ApplicationStatus To { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public string? Note { get; set; }
}
