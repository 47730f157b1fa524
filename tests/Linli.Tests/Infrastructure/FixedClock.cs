namespace Linli.Tests.Infrastructure;

/// <summary>
/// A clock for use cases that take a <see cref="TimeProvider"/>: it stands at one UTC instant
/// until the test moves it (claims, backoff, leases, lockout windows).
/// </summary>
public sealed class FixedClock(DateTime utc) : TimeProvider
{
    public DateTime UtcNow { get; set; } = utc;

    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);
}
