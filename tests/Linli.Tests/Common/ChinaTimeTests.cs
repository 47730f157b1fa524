using Linli.Core.Common;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Common;

public class ChinaTimeTests
{
    [Fact]
    public void BeforeEightInTheMorningUtc_ItIsAlreadyTheNextDayInBeijing()
    {
        var newYearsNight = new FixedClock(new DateTime(2026, 12, 31, 17, 30, 0, DateTimeKind.Utc)); // 2027-01-01 01:30 in Beijing
        Assert.Equal(new DateOnly(2027, 1, 1), ChinaTime.Today(newYearsNight));
        Assert.Equal(2027, ChinaTime.Year(newYearsNight));
        Assert.Equal(new DateOnly(2026, 12, 31), ChinaTime.Today(new FixedClock(new DateTime(2026, 12, 31, 15, 59, 0, DateTimeKind.Utc))));
    }

    [Fact]
    public void StartUtc_IsBeijingMidnight()
    {
        Assert.Equal(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartUtc(new DateOnly(2027, 1, 1)));
        Assert.Equal(new DateOnly(2027, 1, 1), ChinaTime.DateOf(ChinaTime.StartUtc(new DateOnly(2027, 1, 1))));
    }
}
