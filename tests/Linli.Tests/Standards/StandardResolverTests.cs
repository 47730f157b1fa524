using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Standards;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Standards;

public class StandardResolverTests
{
    private const string Key = StandardCatalog.HouseholdsPerWorker;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InForce_DistrictOverridesProvince_InheritsDownward_AndHonoursDates(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await StaffingFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var resolver = scope.ServiceProvider.GetRequiredService<StandardResolver>();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        async Task<string> PathOf(string code) => (await db.OrgUnits.SingleAsync(o => o.Code == code)).Path;

        var binxi2025 = (await resolver.ForUnitAsync(await PathOf(StaffingFixture.Binxi), new(2025, 6, 1))).For(await PathOf(StaffingFixture.Binxi), Key)!;
        Assert.Equal((300m, "411102", "源汇区", new DateOnly(2024, 1, 1)), (binxi2025.Value, binxi2025.SetAtCode, binxi2025.SetAtName, binxi2025.ValidFrom));

        // Before the district's value took effect the province's applies.
        var binxi2023 = (await resolver.ForUnitAsync(await PathOf(StaffingFixture.Binxi), new(2023, 6, 1))).For(await PathOf(StaffingFixture.Binxi), Key)!;
        Assert.Equal((400m, "41"), (binxi2023.Value, binxi2023.SetAtCode));

        // Another district inherits from the province; national law reaches everyone.
        var songshanPath = await PathOf(StaffingFixture.Songshan);
        var songshan = await resolver.ForUnitAsync(songshanPath, new(2025, 6, 1));
        Assert.Equal((400m, "41"), (songshan.For(songshanPath, Key)!.Value, songshan.For(songshanPath, Key)!.SetAtCode));
        var committee = songshan.For(songshanPath, StandardCatalog.CommitteeSize)!;
        Assert.Equal((5m, 9m, null, "全国"), (committee.Value, committee.MaxValue, committee.SetAtCode, committee.SetAtName));
        Assert.Contains("5–9 人（全国设定，1990-01-01起）", committee.Citation.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SetStandard_NewValueFromLaterDate_ClosesThePreviousOne(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await StaffingFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var province = await StaffingFixture.CallerAsync(sp, "41", Role.CivilAffairs);

        var result = await sp.GetRequiredService<SetStandard>().HandleAsync(province, new("41", Key, 350, null, new(2026, 1, 1), null, "新规划"));

        Assert.True(result.Ok);
        var db = sp.GetRequiredService<LinliDb>();
        var old = await db.PolicyStandards.AsNoTracking().SingleAsync(s => s.Key == Key && s.Path == "41/" && s.Value == 400);
        Assert.Equal(new DateOnly(2025, 12, 31), old.ValidTo);
        var path = (await db.OrgUnits.SingleAsync(o => o.Code == StaffingFixture.Songshan)).Path;
        var resolver = sp.GetRequiredService<StandardResolver>();
        Assert.Equal(400m, (await resolver.ForUnitAsync(path, new(2025, 12, 31))).For(path, Key)!.Value);
        Assert.Equal(350m, (await resolver.ForUnitAsync(path, new(2026, 1, 1))).For(path, Key)!.Value);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.EntityType == nameof(PolicyStandard) && e.Action == "create");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SetStandard_BadInputOrWrongRoleOrOutsideArea_IsRefusedAndWritesNothing(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var set = sp.GetRequiredService<SetStandard>();
        var bureau = await StaffingFixture.CallerAsync(sp, "411102", Role.CivilAffairs);
        var street = await StaffingFixture.CallerAsync(sp, "411102001", Role.StreetOffice);

        var zero = await set.HandleAsync(bureau, new("411102", Key, 0, null, new(2025, 1, 1), null, null));
        var range = await set.HandleAsync(bureau, new("411102", Key, 400, 300, new(2025, 1, 1), null, null));
        var noDate = await set.HandleAsync(bureau, new("411102", Key, 300, null, null, null, null));
        var outside = await set.HandleAsync(bureau, new("4111", Key, 300, null, new(2025, 1, 1), null, null));
        var forbidden = await set.HandleAsync(street, new("411102001", Key, 300, null, new(2025, 1, 1), null, null));

        Assert.Equal(("value", "标准值应为大于0的数"), (zero.Failure!.Field, zero.Failure.Message.Zh));
        Assert.Equal("maxValue", range.Failure!.Field);
        Assert.Equal("validFrom", noDate.Failure!.Field);
        Assert.Contains("不在您的管辖范围内", outside.Failure!.Message.Zh, StringComparison.Ordinal);
        Assert.Equal(Linli.Core.Common.FailureKind.Forbidden, forbidden.Failure!.Kind);
        Assert.Equal(2, await sp.GetRequiredService<LinliDb>().PolicyStandards.CountAsync()); // the two national presets only
    }
}
