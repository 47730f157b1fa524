using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Catalogue;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Catalogue;

/// <summary>补正期间不计入承诺时限: the limit clock stops while waiting for the applicant's materials.</summary>
public class MaterialsPauseTests
{
    // Beijing times as UTC (UTC+8): November 2026 has no holidays.
    private static DateTime Beijing(int day, int hour) => new(2026, 11, day, hour - 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void WorkingTimeBetween_CountsOfficeHoursOnWorkingDaysOnly()
    {
        var calendar = new WorkCalendar([]);

        // Wed 16:00 → Mon 11:00: Wed 1 h, Thu 8 h, Fri 8 h, weekend 0, Mon 2 h.
        Assert.Equal(TimeSpan.FromHours(19), calendar.WorkingTimeBetween(Beijing(4, 16), Beijing(9, 11)));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(Beijing(7, 10), Beijing(8, 16)));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(Beijing(9, 11), Beijing(4, 16)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Resubmit_MovesTheDueTimeByTheWorkingTimeSpentWaiting_AndNoOverdueWhileWaiting(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var community = await core.CallerAtAsync(ApplicationsFixture.Binxi, Role.CommunityWorker);
        long id;
        await using (var scope = core.Scope())
        {
            var sp = scope.ServiceProvider;
            var submitted = await new SubmitApplication(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), new FixedClock(Beijing(2, 10)))
                .HandleAsync(community, new ApplicationDraft("LY-001", ApplicationsFixture.Binxi, new Dictionary<string, string?>
                {
                    ["applicantName"] = "张桂兰", ["idNumber"] = ApplicationsFixture.IdNumber, ["phone"] = ApplicationsFixture.Phone, ["photoReady"] = "true",
                }));
            Assert.True(submitted.Ok, submitted.Failure?.Message.Zh);
            id = submitted.Value!.Application.Id;
            // 5 working days from Monday 10:00.
            Assert.Equal(Beijing(9, 10), submitted.Value.Application.DueAt);
        }
        async Task<ServiceApplication> MoveAsync(ApplicationAction action, DateTime at, string? note = null)
        {
            await using var scope = core.Scope();
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var version = await db.ServiceApplications.Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
            var moved = await new TransitionApplication(db, new FixedClock(at)).HandleAsync(community, new ApplicationMove(id, action, version, note));
            Assert.True(moved.Ok, moved.Failure?.Message.Zh);
            return moved.Value!;
        }
        async Task<ApplicationView> ViewAtAsync(DateTime at)
        {
            await using var scope = core.Scope();
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            return (await new ApplicationDetails(db, new FixedClock(at)).HandleAsync(community, id)).Value!;
        }

        await MoveAsync(ApplicationAction.Accept, Beijing(3, 9));
        await MoveAsync(ApplicationAction.RequestMaterials, Beijing(4, 16), "缺户口簿复印件");

        // Past the first due time but still waiting: the clock is stopped, not overdue.
        var waiting = await ViewAtAsync(Beijing(9, 10).AddMinutes(30));
        Assert.False(waiting.Overdue);
        Assert.Equal(TimeSpan.FromHours(18.5), waiting.PausedForMaterials);

        // Resubmitted Monday 11:00 after 19 working hours: due Mon 10:00 + 19 h = Wed 11 Nov 13:00.
        var resubmitted = await MoveAsync(ApplicationAction.Resubmit, Beijing(9, 11), "已补齐");
        Assert.Equal(Beijing(11, 13), resubmitted.DueAt);
        var after = await ViewAtAsync(Beijing(11, 12));
        Assert.False(after.Overdue);
        Assert.Equal(TimeSpan.FromHours(19), after.PausedForMaterials);
        Assert.True((await ViewAtAsync(Beijing(11, 14))).Overdue);

        // A second round adds its own wait: Thu 12 Nov 9:00 → 10:30 is 1.5 working hours.
        await MoveAsync(ApplicationAction.RequestMaterials, Beijing(12, 9), "照片不合格");
        var again = await MoveAsync(ApplicationAction.Resubmit, Beijing(12, 10).AddMinutes(30), "已换照片");
        Assert.Equal(Beijing(11, 14).AddMinutes(30), again.DueAt);
        Assert.Equal(TimeSpan.FromHours(20.5), (await ViewAtAsync(Beijing(12, 11))).PausedForMaterials);
    }
}
