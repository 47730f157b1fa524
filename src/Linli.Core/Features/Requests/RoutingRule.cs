namespace Linli.Core.Features.Requests;

/// <summary>
/// Sends requests of a category (or any child of a top-level category; null: every category) whose
/// place lies under PathPrefix to TargetUnitId. The most specific rule wins: the longest path prefix,
/// then a child category over its parent over "any". Staff may still override the suggestion.
/// </summary>
public sealed class RoutingRule
{
    public long Id { get; set; }
    public long? CategoryId { get; set; }
    public required string PathPrefix { get; set; }
    public long TargetUnitId { get; set; }
    public bool Active { get; set; } = true;
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
