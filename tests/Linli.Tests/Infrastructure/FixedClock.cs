namespace Linli.Tests.Infrastructure;

/// <summary>A clock standing at one UTC instant, for use cases that take a <see cref="TimeProvider"/>.</summary>
public sealed class FixedClock(DateTime utc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
}
