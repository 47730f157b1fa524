using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

public class MovesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MoveThenMoveOut_AndDeath_KeepTheRecordAndItsHistory(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);
        var second = await RegistryFixture.HouseholdAsync(core.Services, two.WorkerA, "102");
        var wife = await RegistryFixture.ResidentAsync(core.Services, two.WorkerA, two.HouseholdA, "王芳", RegistryFixture.IdNumber(124, "19820303"), relation: "配偶");
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);

        var moved = await sp.GetRequiredService<MoveResidentToHousehold>().HandleAsync(two.WorkerA, new(two.ZhangSan, second, "户主", today, "分户"));
        Assert.True(moved.Ok, moved.Failure?.Message.Zh);
        // Community A cannot move anyone into community B's household.
        Assert.Equal("householdId", (await sp.GetRequiredService<MoveResidentToHousehold>().HandleAsync(two.WorkerA, new(wife, two.HouseholdB))).Failure!.Field);

        var moveOut = sp.GetRequiredService<MoveOutResident>();
        Assert.Equal("destination", (await moveOut.HandleAsync(two.WorkerA, new(two.ZhangSan, today, " "))).Failure!.Field);
        Assert.Equal("date", (await moveOut.HandleAsync(two.WorkerA, new(two.ZhangSan, today.AddDays(5), "郑州市"))).Failure!.Field);
        Assert.True((await moveOut.HandleAsync(two.WorkerA, new(two.ZhangSan, today, "郑州市金水区"))).Ok);
        Assert.Equal(FailureKind.Conflict, (await moveOut.HandleAsync(two.WorkerA, new(two.ZhangSan, today, "郑州市"))).Failure!.Kind);

        Assert.True((await sp.GetRequiredService<RecordDeath>().HandleAsync(two.WorkerA, new(wife, today))).Ok);

        var db = sp.GetRequiredService<LinliDb>();
        var rows = await db.Residents.AsNoTracking().Where(r => r.Id == two.ZhangSan || r.Id == wife).ToDictionaryAsync(r => r.Id, r => r.Status);
        Assert.Equal(ResidentStatus.MovedOut, rows[two.ZhangSan]);
        Assert.Equal(ResidentStatus.Deceased, rows[wife]);
        // The first household lost its head when he moved, and nobody was deleted.
        Assert.Null((await db.Households.AsNoTracking().SingleAsync(h => h.Id == two.HouseholdA)).HeadResidentId);

        var history = (await sp.GetRequiredService<ResidentHistory>().HandleAsync(two.WorkerA, two.ZhangSan)).Value!;
        var events = history.Items.Where(i => !i.FromAudit).Select(i => i.Title.Zh).ToList();
        Assert.Equal(["迁出", "户间迁移", "登记"], events);
        Assert.Contains("迁往 / to: 郑州市金水区", history.Items[0].Lines.Concat(history.Items[1].Lines));
        Assert.Contains(history.Items, i => i.FromAudit && i.Title.Zh == "修改");
        Assert.Equal(FailureKind.NotFound, (await sp.GetRequiredService<ResidentHistory>().HandleAsync(two.WorkerB, two.ZhangSan)).Failure!.Kind);
    }
}
