using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Requests;

/// <summary>One line of a request's history: who did what, when, from which status to which, and why.</summary>
public sealed class RequestTransition
{
    public const int NoteMaxLength = 1000;

    public long Id { get; set; }
    public long RequestId { get; set; }
    public DateTime At { get; set; }
    public RequestAction Action { get; set; }
    public RequestStatus? From { get; set; }
    public RequestStatus To { get; set; }

    /// <summary>Account id; null for the resident portal and the deadline sweeper.</summary>
    public string? ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>Null for the resident portal and the deadline sweeper.</summary>
    public Role? ActorRole { get; set; }

    public string? Note { get; set; }

    /// <summary>The unit the request went to (route, escalate).</summary>
    public long? ToUnitId { get; set; }
}
