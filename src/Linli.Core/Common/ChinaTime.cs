namespace Linli.Core.Common;

/// <summary>
/// Linli serves one country: times are stored in UTC, but "today", a deadline date and a year are
/// China Standard Time (UTC+8, no daylight saving). Between 00:00 and 08:00 in Beijing the UTC date
/// is still yesterday, so a date taken from UTC would be a day late for eight hours.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    public static int Year(TimeProvider clock) => Today(clock).Year;

    /// <summary>The UTC instant at which <paramref name="date"/> begins in China (0001-01-01 begins at DateTime.MinValue).</summary>
    public static DateTime StartUtc(DateOnly date) =>
        date == DateOnly.MinValue ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc) : date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;

    /// <summary>
    /// The exclusive UTC end of <paramref name="date"/> in China: when the next day begins. A period "to 9999-12-31"
    /// (typed or linked) ends at DateTime.MaxValue instead of overflowing.
    /// </summary>
    public static DateTime EndUtc(DateOnly date) =>
        date == DateOnly.MaxValue ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) : StartUtc(date.AddDays(1));
}
