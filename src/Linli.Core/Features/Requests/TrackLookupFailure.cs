namespace Linli.Core.Features.Requests;

/// <summary>
/// One wrong look-up on the resident portal (a tracking number with a wrong code, or a number that
/// does not exist). Kept in the database, not in memory, so the lockout holds across instances.
/// Rows older than a day are pruned when new failures are written.
/// </summary>
public sealed class TrackLookupFailure
{
    public long Id { get; set; }
    public required string TrackingNumber { get; set; }
    public DateTime At { get; set; }
}
