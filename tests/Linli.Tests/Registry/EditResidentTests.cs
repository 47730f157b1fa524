using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

public class EditResidentTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoConcurrentEdits_OneWins_TheOtherGetsAConflictMessage(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);

        async Task<Result<Resident>> EditAsync(string name)
        {
            await using var scope = core.Scope();
            return await scope.ServiceProvider.GetRequiredService<EditResident>().HandleAsync(two.WorkerA, new(two.ZhangSan, Version: 0, Name: name));
        }
        var results = await Task.WhenAll(EditAsync("张三丰"), EditAsync("张叁"));

        Assert.Single(results, r => r.Ok);
        var loser = Assert.Single(results, r => !r.Ok).Failure!;
        Assert.Equal(FailureKind.Conflict, loser.Kind);
        Assert.Equal("该记录已被他人修改，请刷新后重试。", loser.Message.Zh);

        await using var check = core.Scope();
        var db = check.ServiceProvider.GetRequiredService<LinliDb>();
        var saved = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == two.ZhangSan);
        Assert.Equal(1, saved.Version);
        Assert.Single(await db.ResidentEvents.Where(e => e.ResidentId == two.ZhangSan && e.Kind == ResidentEventKind.Updated).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Edit_FieldsAndDocumentCorrection_ValidatesAndRechecksConflicts(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);
        await using var scope = core.Scope();
        var edit = scope.ServiceProvider.GetRequiredService<EditResident>();

        var changed = await edit.HandleAsync(two.WorkerA, new(two.ZhangSan, 0, Phone: "13900001111", ResidenceType: ResidenceType.Floating, Tags: [new("低保")]));
        Assert.True(changed.Ok, changed.Failure?.Message.Zh);
        Assert.Equal("139****1111", changed.Value!.PhoneMasked);

        var badCheck = two.IdA[..17] + (two.IdA[17] == '1' ? "2" : "1");
        Assert.Equal("documentNumber", (await edit.HandleAsync(two.WorkerA, new(two.ZhangSan, 1, DocumentNumber: badCheck))).Failure!.Field);
        Assert.Equal("name", (await edit.HandleAsync(two.WorkerA, new(two.ZhangSan, 1, Name: " "))).Failure!.Field);

        // Correcting to 李四's number (registered in community B) is refused and recorded as a conflict.
        var taken = (await edit.HandleAsync(two.WorkerA, new(two.ZhangSan, 1, DocumentNumber: two.IdB))).Failure!;
        Assert.Equal(FailureKind.Conflict, taken.Kind);
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var conflict = await db.IdentityConflicts.AsNoTracking().SingleAsync();
        Assert.Equal((two.LiSi, "更正证件号码"), (conflict.ExistingResidentId, conflict.Source));

        var fresh = RegistryFixture.IdNumber(303, "19800101");
        var corrected = await edit.HandleAsync(two.WorkerA, new(two.ZhangSan, 1, DocumentNumber: fresh));
        Assert.True(corrected.Ok, corrected.Failure?.Message.Zh);
        var events = await db.ResidentEvents.AsNoTracking().Where(e => e.ResidentId == two.ZhangSan).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
        Assert.Equal([ResidentEventKind.Registered, ResidentEventKind.Updated, ResidentEventKind.Corrected], events);

        // A grid worker may edit but not correct documents; another community cannot even find the person.
        var grid = await core.CallerAtAsync(RegistryFixture.CommunityA, Linli.Core.Features.Accounts.Role.GridWorker);
        Assert.Equal(FailureKind.Forbidden, (await edit.HandleAsync(grid, new(two.ZhangSan, 2, DocumentNumber: two.IdA))).Failure!.Kind);
        Assert.Equal(FailureKind.NotFound, (await edit.HandleAsync(two.WorkerB, new(two.ZhangSan, 2, Name: "王五"))).Failure!.Kind);
    }
}
