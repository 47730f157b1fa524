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

    /// <summary>The UTC instant at which <paramref name="date"/> begins in China.</summary>
    public static DateTime StartUtc(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;
}
