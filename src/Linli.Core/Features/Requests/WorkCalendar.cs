namespace Linli.Core.Features.Requests;

/// <summary>
/// Working time for request deadlines: Monday–Friday within office hours, minus public holidays,
/// plus the weekend days worked in exchange (调休), all in China Standard Time (UTC+8, no DST).
/// Times go in and come out as UTC; the arithmetic is done on local dates.
/// </summary>
/// <remarks>
/// Rules, as the hotline centres apply them: a request taken outside working time starts counting
/// at the next working morning; "N working days" ends at the same time of day N working days later;
/// "N working hours" consumes office hours only, across days if needed.
/// </remarks>
public sealed class WorkCalendar
{
    public static readonly TimeSpan ChinaOffset = Common.ChinaTime.Offset;
    public static readonly TimeOnly DefaultDayStart = new(9, 0);
    public static readonly TimeOnly DefaultDayEnd = new(17, 0);

    private readonly Dictionary<DateOnly, bool> exceptions;

    public WorkCalendar(IEnumerable<CalendarDay> days, TimeOnly? dayStart = null, TimeOnly? dayEnd = null)
    {
        exceptions = days.ToDictionary(d => d.Date, d => d.IsWorkingDay);
        DayStart = dayStart ?? DefaultDayStart;
        DayEnd = dayEnd ?? DefaultDayEnd;
        if (DayEnd <= DayStart)
        {
            throw new ArgumentException("The working day must end after it starts.");
        }
    }

    public TimeOnly DayStart { get; }
    public TimeOnly DayEnd { get; }
    public TimeSpan HoursPerDay => DayEnd - DayStart;

    public bool IsWorkingDay(DateOnly date) =>
        exceptions.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static DateOnly LocalDate(DateTime utc) => Common.ChinaTime.DateOf(utc);

    public DateTime AddWorkingDays(DateTime startUtc, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var start = FirstWorkingMoment(ToLocal(startUtc));
        var date = DateOnly.FromDateTime(start);
        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }
        return ToUtc(date.ToDateTime(TimeOnly.FromDateTime(start)));
    }

    public DateTime AddWorkingHours(DateTime startUtc, double hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var moment = FirstWorkingMoment(ToLocal(startUtc));
        var remaining = TimeSpan.FromHours(hours);
        while (true)
        {
            var left = DayEnd - TimeOnly.FromDateTime(moment);
            if (remaining <= left)
            {
                return ToUtc(moment + remaining);
            }
            remaining -= left;
            moment = NextWorkingDay(DateOnly.FromDateTime(moment)).ToDateTime(DayStart);
        }
    }

    /// <summary>
    /// Office time between two instants: only working days' hours count (a 补正 wait from Friday 16:00
    /// to Monday 10:00 is two working hours). Zero when <paramref name="toUtc"/> is not later.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var (from, to) = (ToLocal(fromUtc), ToLocal(toUtc));
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(from); date <= DateOnly.FromDateTime(to); date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }
            var (open, close) = (date.ToDateTime(DayStart), date.ToDateTime(DayEnd));
            var (start, end) = (from > open ? from : open, to < close ? to : close);
            if (end > start)
            {
                total += end - start;
            }
        }
        return total;
    }

    /// <summary>The moment counting starts: now if within working time, else the next working morning.</summary>
    private DateTime FirstWorkingMoment(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!IsWorkingDay(date) || time >= DayEnd)
        {
            return NextWorkingDay(date).ToDateTime(DayStart);
        }
        return time < DayStart ? date.ToDateTime(DayStart) : local;
    }

    private DateOnly NextWorkingDay(DateOnly date)
    {
        // Longest run of days off in the State Council calendar is 9 (春节 2026); a year bounds bad data.
        for (var i = 0; i < 366; i++)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                return date;
            }
        }
        throw new InvalidOperationException("The calendar has no working day within a year.");
    }

    private static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + ChinaOffset;

    private static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - ChinaOffset, DateTimeKind.Utc);
}
