using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

/// <summary>Deadline arithmetic on the calendar as migration 0006 seeds it (State Council notices 2025 and 2026).</summary>
public class WorkCalendarTests : IAsyncLifetime
{
    private WorkCalendar calendar = null!;

    public async Task InitializeAsync()
    {
        await using var core = await CoreServices.CreateAsync(TestDatabase.Sqlite, divisionsPrefix: null);
        await using var scope = core.Scope();
        calendar = await WorkCalendarLoader.LoadAsync(scope.ServiceProvider.GetRequiredService<LinliDb>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Beijing wall-clock time as UTC.</summary>
    private static DateTime Cst(int y, int m, int d, int h, int min = 0) => new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc).AddHours(-8);

    [Theory]
    [InlineData("2026-10-01", false)] // 国庆
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]  // 调休 Saturday
    [InlineData("2026-09-20", true)]  // 调休 Sunday
    [InlineData("2026-02-14", true)]  // 春节调休 Saturday
    [InlineData("2026-02-16", false)] // 春节 Monday
    [InlineData("2026-02-28", true)]
    [InlineData("2025-10-08", false)] // 2025 国庆中秋 8 days
    [InlineData("2025-10-11", true)]
    [InlineData("2026-03-07", false)] // ordinary Saturday
    [InlineData("2026-03-09", true)]  // ordinary Monday
    public void IsWorkingDay_FollowsTheNotices(string date, bool working) =>
        Assert.Equal(working, calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void AddWorkingDays_AcrossNationalDay_SkipsTheWeekAndCountsTheSwappedSaturday()
    {
        // Wed 30 Sep 2026 10:00 + 3 working days: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (调休 Saturday).
        Assert.Equal(Cst(2026, 10, 10, 10), calendar.AddWorkingDays(Cst(2026, 9, 30, 10), 3));
    }

    [Fact]
    public void AddWorkingDays_BeforeSpringFestival_UsesTheSaturdayThenJumpsTheNineDays()
    {
        var friday = Cst(2026, 2, 13, 15);
        Assert.Equal(Cst(2026, 2, 14, 15), calendar.AddWorkingDays(friday, 1));
        Assert.Equal(Cst(2026, 2, 24, 15), calendar.AddWorkingDays(friday, 2));
    }

    [Fact]
    public void AddWorkingDays_Received2025NationalDayEve_DueAfterEightDaysOff()
    {
        Assert.Equal(Cst(2025, 10, 9, 10), calendar.AddWorkingDays(Cst(2025, 9, 30, 10), 1));
    }

    [Fact]
    public void AddWorkingDays_ReceivedOnAnOrdinarySaturday_StartsMondayMorning()
    {
        Assert.Equal(Cst(2026, 3, 10, 9), calendar.AddWorkingDays(Cst(2026, 3, 7, 10), 1));
    }

    [Fact]
    public void AddWorkingHours_LastHourBeforeNationalDay_ContinuesOnTheEighth()
    {
        // 16:00 leaves one office hour on 30 Sep; three more on 8 Oct from 09:00.
        Assert.Equal(Cst(2026, 10, 8, 12), calendar.AddWorkingHours(Cst(2026, 9, 30, 16), 4));
    }

    [Fact]
    public void AddWorkingHours_EarlyOnASwappedSunday_CountsFromNine()
    {
        Assert.Equal(Cst(2026, 9, 20, 11), calendar.AddWorkingHours(Cst(2026, 9, 20, 7, 30), 2));
    }

    [Fact]
    public void AddWorkingHours_EveningCall_CountsFromTheNextWorkingMorning()
    {
        // Thu 31 Dec 2026 20:00; 1 Jan 2027 is a plain Friday here (the 2027 notice is not seeded): 09:00 + 2 h.
        Assert.Equal(Cst(2027, 1, 1, 11), calendar.AddWorkingHours(Cst(2026, 12, 31, 20), 2));
        // Wed 31 Dec 2025 20:00: 1–3 Jan 2026 are off, 4 Jan (Sunday) is worked.
        Assert.Equal(Cst(2026, 1, 4, 11), calendar.AddWorkingHours(Cst(2025, 12, 31, 20), 2));
    }

    [Fact]
    public void AddWorkingHours_ExactlyToEndOfDay_StaysOnThatDay()
    {
        Assert.Equal(Cst(2026, 3, 9, 17), calendar.AddWorkingHours(Cst(2026, 3, 9, 9), 8));
    }
}
