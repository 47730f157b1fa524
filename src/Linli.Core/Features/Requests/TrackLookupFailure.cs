namespace Linli.Core.Features.Requests;

/// <summary>
/// One wrong public look-up (<see cref="TrackLookupLimits"/>): a request on the resident portal or an
/// application on /services/track, with a wrong code or a number that does not exist. Kept in the database, not in memory, so the limits hold across instances and
/// restarts. Rows older than a day are pruned when new failures are written.
/// </summary>
public sealed class TrackLookupFailure
{
    public long Id { get; set; }
    public required string TrackingNumber { get; set; }

    /// <summary>
    /// Keyed hash of the client's address (<see cref="TrackClient.Hash"/>), never the address itself:
    /// it is personal data, and the hash is enough to count. Null on rows written before 0020.
    /// </summary>
    public byte[]? ClientHash { get; set; }

    public DateTime At { get; set; }
}
