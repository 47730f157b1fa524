using Linli.Core.Features.Accounts;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Standards;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Standards;

/// <summary>Every figure against the hand-checked answers in <see cref="StaffingFixture"/>.</summary>
public class StaffingGapTests
{
    private const string PerHouseholds = StandardCatalog.HouseholdsPerWorker;
    private const string Per10k = StandardCatalog.WorkersPer10kUrbanResidents;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gap_City2025_MatchesHandCheckedFigures(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await StaffingFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var query = scope.ServiceProvider.GetRequiredService<StaffingGapQuery>();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);

        var report = (await query.HandleAsync(bureau, "4111", 2025)).Value!;

        var city = report.Total;
        Assert.Equal(new DateOnly(2025, 12, 31), report.AsOf);
        Assert.Equal((1810, 3700, 3400), (city.Households, city.Residents, city.UrbanResidents)); // urban excludes 东吴村's 300
        Assert.Equal((4, 1, 5, 1, 20.0m), (city.Actual, city.NotOnPost, city.OnRollInYear, city.LeftInYear, city.TurnoverPercent));
        Assert.Equal((7, 3), (city.For(PerHouseholds)!.Required, city.For(PerHouseholds)!.Gap));
        Assert.Equal((7, 3), (city.For(Per10k)!.Required, city.For(Per10k)!.Gap)); // 3,400 × 18 / 10,000 → 6.12 → 7
        // The city pools areas under two values and cites both.
        Assert.Equal(["41", "411102"], city.For(PerHouseholds)!.Standards.Select(s => s.SetAtCode));
        Assert.Equal("4111", Assert.Single(city.For(Per10k)!.Standards).SetAtCode);

        var yuanhui = report.Children.Single(c => c.Code == "411102");
        Assert.Equal((1000, 1900, 3, 4, 1, 25.0m), (yuanhui.Households, yuanhui.UrbanResidents, yuanhui.Actual, yuanhui.OnRollInYear, yuanhui.LeftInYear, yuanhui.TurnoverPercent));
        Assert.Equal((4, 1), (yuanhui.For(PerHouseholds)!.Required, yuanhui.For(PerHouseholds)!.Gap));
        Assert.Equal((4, 1), (yuanhui.For(Per10k)!.Required, yuanhui.For(Per10k)!.Gap));
        Assert.Equal(300m, Assert.Single(yuanhui.For(PerHouseholds)!.Standards).Value);

        var yancheng = report.Children.Single(c => c.Code == "411103");
        Assert.Equal((810, 1, 3, 2, 3, 2), (yancheng.Households, yancheng.Actual, yancheng.For(PerHouseholds)!.Required, yancheng.For(PerHouseholds)!.Gap, yancheng.For(Per10k)!.Required, yancheng.For(Per10k)!.Gap));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gap_Community_CountsItsOwnRollAndTheMix(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await StaffingFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var query = scope.ServiceProvider.GetRequiredService<StaffingGapQuery>();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);

        var binxi = (await query.HandleAsync(bureau, StaffingFixture.Binxi, 2025)).Value!;
        Assert.Equal((610, 1200, 2, 1, 3, 1), (binxi.Total.Households, binxi.Total.Residents, binxi.Total.Actual, binxi.Total.NotOnPost, binxi.Total.OnRollInYear, binxi.Total.LeftInYear));
        Assert.Equal(3, binxi.Total.For(PerHouseholds)!.Required); // 610 / 300 → 2.03 → 3
        Assert.Equal(3, binxi.Total.For(Per10k)!.Required);        // 1,200 × 18 / 10,000 → 2.16 → 3
        Assert.Empty(binxi.Children);
        Assert.Equal("411102001", binxi.ParentCode);

        var city = (await query.HandleAsync(bureau, "4111", 2025)).Value!.Mix;
        Assert.Equal(["30岁以下:1", "30–39岁:1", "40–49岁:1", "60岁及以上:1"], city.Age.Select(l => $"{l.Label.Zh}:{l.Count}"));
        Assert.Equal(["男:2", "女:2"], city.Sex.Select(l => $"{l.Label.Zh}:{l.Count}"));
        Assert.Equal(["大专:1", "本科:2", "未填:1"], city.Education.Select(l => $"{l.Label.Zh}:{l.Count}"));
        Assert.Equal(["无:3", "社会工作师:1"], city.Certificate.Select(l => $"{l.Label.Zh}:{l.Count}"));
        Assert.Equal(["在编:1", "选举产生:1", "公开招聘:1", "公益岗:1"], city.Employment.Select(l => $"{l.Label.Zh}:{l.Count}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gap_SizeCaps_CountOversizeCommunitiesAndTheSplitsTheyNeed(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await StaffingFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var city = await StaffingFixture.CallerAsync(sp, "4111", Role.CivilAffairs);
        var set = sp.GetRequiredService<SetStandard>();
        // 600 households in 源汇区 only; 1,000 residents city-wide.
        Assert.True((await set.HandleAsync(city, new("411102", StandardCatalog.CommunityHouseholdCap, 600, null, new(2025, 1, 1), null, "测试"))).Ok);
        Assert.True((await set.HandleAsync(city, new("4111", StandardCatalog.CommunityResidentCap, 1000, null, new(2025, 1, 1), null, "测试"))).Ok);

        var report = (await sp.GetRequiredService<StaffingGapQuery>().HandleAsync(city, "4111", 2025)).Value!;

        // 滨西 610 households / 1,200 residents → 2 parts; 嵩山路 1,500 residents → 2 parts; 新华, 东吴村 fit.
        Assert.Equal((2, 2), (report.Total.Size.Oversize, report.Total.Size.NewCommunitiesNeeded));
        Assert.Equal(["411102", "4111"], report.Total.Size.Standards.Select(s => s.SetAtCode));
        var yuanhui = report.Children.Single(c => c.Code == "411102").Size;
        Assert.Equal((1, 1), (yuanhui.Oversize, yuanhui.NewCommunitiesNeeded));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gap_OutsideCallersAreaOrBadYear_IsRefused(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var query = scope.ServiceProvider.GetRequiredService<StaffingGapQuery>();
        var street = await StaffingFixture.CallerAsync(scope.ServiceProvider, "411102001", Role.StreetOffice);

        Assert.Equal(Linli.Core.Common.FailureKind.NotFound, (await query.HandleAsync(street, "411103", 2025)).Failure!.Kind);
        Assert.Equal(Linli.Core.Common.FailureKind.NotFound, (await query.HandleAsync(street, "4111", 2025)).Failure!.Kind);
        Assert.Equal("year", (await query.HandleAsync(street, null, 1899)).Failure!.Field);
        Assert.Equal("411102001", (await query.HandleAsync(street, null, 2025)).Value!.Total.Code);
    }
}
