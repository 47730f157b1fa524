using Linli.Core.Features.Audit;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Audit;

public class AuditEntryTests
{
    [Fact]
    public void ForBulk_TakesTheTimeFromTheActorsClock()
    {
        var at = new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero);
        var entry = AuditEntry.ForBulk(new AuditActor { Name = "tester", Clock = new FixedClock(at.UtcDateTime) }, AuditActions.Export, "x");
        Assert.Equal(at.UtcDateTime, entry.At);
        Assert.Equal("tester", entry.Actor);
    }
}
