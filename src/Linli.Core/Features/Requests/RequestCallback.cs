namespace Linli.Core.Features.Requests;

/// <summary>
/// A callback (回访) to the resident after a request was resolved. The satisfaction rate counts
/// callbacks that reached the resident; "not satisfied" reopens the request (不满意重办).
/// </summary>
public sealed class RequestCallback
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public DateTime At { get; set; }
    public string? ByUserId { get; set; }
    public required string ByName { get; set; }
    public bool Reached { get; set; }

    /// <summary>The resident says the problem is solved; null when not reached.</summary>
    public bool? Resolved { get; set; }

    /// <summary>The resident is satisfied with the handling; null when not reached.</summary>
    public bool? Satisfied { get; set; }

    public string? Note { get; set; }
}
