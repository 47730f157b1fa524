using Linli.Core.Common;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Standards;
using Linli.Tests.Infrastructure;
using Linli.Tests.Standards;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Facilities;

/// <summary>Facility and new-estate figures against the hand-checked answers in <see cref="FacilitiesFixture"/>.</summary>
public class FacilityFiguresTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Facilities_City2025_MatchHandCheckedFigures(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);

        var report = (await scope.ServiceProvider.GetRequiredService<FacilityFigures>().HandleAsync(bureau, "4111", 2025)).Value!;

        var city = report.Total;
        Assert.Equal((4, 1810, 1650m, 412.5m, 91.2m, 543m), (city.Communities, city.Households, city.AreaTotal, city.AreaAverage, city.AreaPer100Households, city.AreaRequired));
        Assert.Equal((2, 3, true), (city.BelowPer100, city.BelowAverageMin, city.AverageBelowMin));
        Assert.Equal((1, 1, 1, 1, 25.0m, 25.0m), (city.Own, city.Rented, city.Borrowed, city.WithoutRooms, city.OwnPercent, city.RentedPercent));
        Assert.Equal([2, 1, 0, 1], city.Bands.Select(b => b.Communities));
        Assert.Equal(["300平方米以下", "300—600平方米", "600—1000平方米", "1000平方米及以上"], city.Bands.Select(b => b.Label.Zh));
        Assert.Equal((3, 350.5m, 1), (city.CommunitiesMissingRooms, city.OutdoorAreaTotal, city.EmergencyShelters));
        // Cites the area standards and both room sets (set at the two districts).
        Assert.Equal(["facility_m2_average_min:4111", "facility_m2_per_100_households:4111", "facility_room_set:411102", "facility_room_set:411103"],
            city.Standards.Select(s => $"{s.Key}:{s.SetAtCode}"));

        var yuanhui = report.Children.Single(c => c.Code == "411102");
        Assert.Equal((3, 1000, 600m, 200m, 60.0m, 300m, 2), (yuanhui.Communities, yuanhui.Households, yuanhui.AreaTotal, yuanhui.AreaAverage, yuanhui.AreaPer100Households, yuanhui.AreaRequired, yuanhui.BelowPer100));
        var yancheng = report.Children.Single(c => c.Code == "411103");
        Assert.Equal((1050m, false, 1, 0), (yancheng.AreaTotal, yancheng.AverageBelowMin, yancheng.Rented, yancheng.Own));

        Assert.Equal(["411102001001:应急服务", $"411102001002:{9}", $"411102004201:{9}"],
            report.RoomsMissing.Select(m => m.Missing.Count == 1 ? $"{m.Code}:{m.Missing[0]}" : $"{m.Code}:{m.Missing.Count}"));
        Assert.All(report.RoomsMissing, m => Assert.Equal("一有九中心", m.RoomSet));

        var xinhua = report.Communities.Single(c => c.Code == FacilitiesFixture.Xinhua);
        Assert.Equal((80m, Tenure.Borrowed, 27.6m, 87m, true), (xinhua.Area, xinhua.MainTenure, xinhua.AreaPer100Households, xinhua.RequiredArea, xinhua.BelowPer100));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Facilities_ConfiguredBandsAndOutsideCaller(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var figures = sp.GetRequiredService<FacilityFigures>();
        var bureau = await StaffingFixture.CallerAsync(sp, "4111", Role.CivilAffairs);

        var banded = (await figures.HandleAsync(bureau, "4111", 2025, [1000m, 500m])).Value!;
        Assert.Equal([2, 1, 1], banded.Total.Bands.Select(b => b.Communities));
        Assert.Equal(FailureKind.Invalid, (await figures.HandleAsync(bureau, "4111", 2025, [0m])).Failure!.Kind);

        // A street office of 郾城区 sees its own community and nothing of 源汇区 or the city.
        var street = await StaffingFixture.CallerAsync(sp, "411103", Role.StreetOffice);
        Assert.Equal(FailureKind.NotFound, (await figures.HandleAsync(street, "4111", 2025)).Failure!.Kind);
        Assert.Equal(FailureKind.NotFound, (await figures.HandleAsync(street, FacilitiesFixture.Binxi, 2025)).Failure!.Kind);
        var own = (await figures.HandleAsync(street, null, 2025)).Value!;
        Assert.Equal(["411103001001"], own.Communities.Select(c => c.Code));
        Assert.Equal(FailureKind.NotFound, (await sp.GetRequiredService<EstateFigures>().HandleAsync(street, "411102", 2025)).Failure!.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Estates_OverHalfOccupied_FlaggedWithoutCommitteeOrRooms(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var figures = scope.ServiceProvider.GetRequiredService<EstateFigures>();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);

        var y2025 = (await figures.HandleAsync(bureau, "4111", 2025)).Value!;
        Assert.Equal((3, 2, 1, 1), (y2025.Estates, y2025.ReachedThreshold, y2025.WithoutCommittee, y2025.WithoutRooms));
        var binxi = Assert.Single(y2025.Flagged);
        Assert.Equal(("滨西新城", 200, 120, 60.0m, true, true), (binxi.Name, binxi.TotalUnits, binxi.OccupiedHouseholds, binxi.OccupancyPercent, binxi.WithoutCommittee, binxi.WithoutRooms));
        Assert.Equal(40.0m, y2025.All.Single(e => e.Name == "锦绣花园").OccupancyPercent);
        Assert.Equal("50 %（漯河市设定，2024-01-01起）", Assert.Single(y2025.Standards).Citation.Zh);

        // In 2024 金水湾's rooms were not handed over yet (2025-06-01).
        var y2024 = (await figures.HandleAsync(bureau, "4111", 2024)).Value!;
        Assert.Equal(["滨西新城", "金水湾"], y2024.Flagged.Select(e => e.Name).Order());
    }

    [Fact]
    public void Formula_BandsAndPer100_RoundAsDocumented()
    {
        Assert.Equal(85.2m, FacilityFormula.AreaPer100(520, 610));
        Assert.Null(FacilityFormula.AreaPer100(100, 0));
        Assert.Equal(360m, FacilityFormula.RequiredArea(1200, 30));
        var bands = FacilityFormula.Bands([0, 299.99m, 300, 600, 999, 1000, 5000], FacilityFigures.DefaultBandBounds);
        Assert.Equal([2, 1, 2, 2], bands.Select(b => b.Communities));
        Assert.Equal(["一有九中心"], new[] { new RoomSet { Id = 2, Name = "一有九中心", Rooms = "便民服务、应急服务" } }
            .Where(s => s.Missing(["便民服务中心", "应急服务站"]).Count == 0).Select(s => s.Name));
    }
}
