using Linli.Core.Common;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Reports.Survey;
using Linli.Core.Features.Standards;
using Linli.Tests.Infrastructure;
using Linli.Tests.Standards;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Reports;

/// <summary>
/// The survey figures on <see cref="StaffingFixture"/> plus a size cap of 1,000 residents set at 漯河市 (hand-checked).
/// 漯河市 has the 1,334 committees of the NBS extract: 75 residents' (001–199) and 1,259 villagers' committees
/// (200–399); 郾城区 411103 has 198 (43 residents'). Registry rows exist in the four fixture communities only:
/// residents 1,200 / 700 / 300 / 1,500 → with bands 500,1000: under 500 → 1,331 (东吴村 and the 1,330 empty ones),
/// 500–1000 → 1 (新华), 1000 and over → 2 (滨西, 嵩山路); oversize at 1,000: 滨西 (→ 2) and 嵩山路 (→ 2), 2 new
/// communities; 1,331 communities have no worker (all but 滨西, 新华, 嵩山路); each fixture community alone is short:
/// 滨西 needs 3 has 2, 新华 2/1, 东吴村 1/0, 嵩山路 3/1 (an empty community needs 0).
/// </summary>
public class SurveyFiguresTests
{
    internal static async Task SeedAsync(IServiceProvider services)
    {
        await StaffingFixture.SeedAsync(services);
        await using var scope = services.CreateAsyncScope();
        var city = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);
        var set = await scope.ServiceProvider.GetRequiredService<SetStandard>()
            .HandleAsync(city, new("4111", StandardCatalog.CommunityResidentCap, 1000, null, new(2024, 1, 1), null, "某市"));
        Assert.True(set.Ok, set.Failure?.Message.Zh);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Survey_City2025_MatchesHandCheckedFigures(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await SeedAsync(core.Services);
        await using var scope = core.Scope();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);

        var f = Ok(await scope.ServiceProvider.GetRequiredService<SurveyQuery>().HandleAsync(bureau, new("4111", 2025, [500, 1000])));

        Assert.Equal((1334, 75, 1810, 3700, 3400), (f.Communities, f.UrbanCommunities, f.Households, f.Residents, f.UrbanResidents));
        Assert.Equal([("residents", 75), ("villagers", 1259), ("similar_to_residents", 0), ("similar_to_villagers", 0)], f.ByType.Select(t => (t.Key, t.Count)));
        Assert.Equal([("500人以下", 1331), ("500—1000人", 1), ("1000人及以上", 2)], f.PopulationBands.Select(b => (b.Label, b.Communities)));
        Assert.Equal((7, 3, 4, 20.0m), (f.Headline!.Required, f.Headline.Gap, f.Staffing.Actual, f.Staffing.TurnoverPercent));
        Assert.Equal(["411103001001", "411102001001"], f.Oversize.Select(c => c.Code)); // largest first
        Assert.Equal((2, 2), (f.Staffing.Size.Oversize, f.Staffing.Size.NewCommunitiesNeeded));
        Assert.Equal(1331, f.CommunitiesWithoutWorkers);
        var yancheng = f.Children.Single(c => c.Row.Code == "411103");
        Assert.Equal((198, 43, 1500, 1), (yancheng.Row.Communities, yancheng.UrbanCommunities, yancheng.Row.Residents, yancheng.Row.Actual));

        var problems = f.Problems.ToDictionary(p => p.Key);
        // One staffing problem per standard in force, each naming the 4 short communities and citing its standards.
        Assert.Equal(4, problems["staffing_gap_households_per_worker"].Communities.Count);
        Assert.Equal(["41", "411102"], problems["staffing_gap_households_per_worker"].Standards.Select(s => s.SetAtCode));
        Assert.Contains("应配备7人，实有4人，缺口3人", problems["staffing_gap_workers_per_10k_urban_residents"].Text, StringComparison.Ordinal);
        Assert.Contains("离职1人，占当年在册5人的20.0%", problems["turnover"].Text, StringComparison.Ordinal);
        Assert.Equal(2, problems["oversize"].Communities.Count);
        Assert.Equal(1331, problems["no_workers"].Communities.Count);
        Assert.True(problems.ContainsKey("not_on_post"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_ListsExactlyTheRecordsEachFigureCounts(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await SeedAsync(core.Services);
        await using var scope = core.Scope();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);
        var evidence = scope.ServiceProvider.GetRequiredService<SurveyEvidenceQuery>();
        async Task<List<string>> Codes(string figure, int column = 0) =>
            Ok(await evidence.HandleAsync(bureau, new("4111", 2025, [500, 1000]), figure)).Rows.Select(r => r[column].Text!).ToList();

        var lowest = await Codes("population_band_0");
        Assert.Equal(1331, lowest.Count);
        Assert.Contains(StaffingFixture.Dongwu, lowest);
        Assert.Equal([StaffingFixture.Xinhua], await Codes("population_band_1"));
        Assert.Equal([StaffingFixture.Binxi, StaffingFixture.Songshan], await Codes("population_band_2"));
        Assert.Equal(1259, (await Codes("type_villagers")).Count);
        Assert.Equal(75, (await Codes("type_residents")).Count);
        Assert.Equal([StaffingFixture.Binxi, StaffingFixture.Songshan], await Codes("oversize_communities"));
        var without = await Codes("communities_without_workers");
        Assert.Equal(1331, without.Count);
        Assert.DoesNotContain(StaffingFixture.Binxi, without);
        Assert.Equal(4, (await Codes("workers_gap")).Count);
        Assert.Equal(["李娜"], await Codes("workers_left"));
        Assert.Equal(["王芳"], await Codes("workers_not_on_post"));
        Assert.Equal(new[] { "刘敏", "王芳", "张伟", "陈刚" }.Order(), (await Codes("workers_actual")).Order());
        Assert.Equal(["刘敏"], Ok(await evidence.HandleAsync(bureau, new("411102", 2025), "workers_actual")).Rows.Where(r => r[1].Text == StaffingFixture.Xinhua).Select(r => r[0].Text));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Survey_OutsideTheCallersArea_IsNotFound_AndBadInputNamesTheArgument(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var otherDistrict = await StaffingFixture.CallerAsync(sp, "411103", Role.StreetOffice);
        var query = sp.GetRequiredService<SurveyQuery>();
        var evidence = sp.GetRequiredService<SurveyEvidenceQuery>();

        Assert.Equal(FailureKind.NotFound, (await query.HandleAsync(otherDistrict, new("411102", 2025))).Failure!.Kind);
        Assert.Equal(FailureKind.NotFound, (await evidence.HandleAsync(otherDistrict, new("411102", 2025), "communities")).Failure!.Kind);
        Assert.Equal(FailureKind.NotFound, (await query.HandleAsync(otherDistrict, new("999999", 2025))).Failure!.Kind);
        Assert.Equal("year", (await query.HandleAsync(otherDistrict, new("411103", 1999))).Failure!.Field);
        Assert.Equal("figure", (await evidence.HandleAsync(otherDistrict, new("411103", 2025), "nonsense")).Failure!.Field);
        var department = await StaffingFixture.CallerAsync(sp, "4111", Role.Department);
        Assert.Equal(FailureKind.Forbidden, (await evidence.HandleAsync(department, new("4111", 2025), "workers_left")).Failure!.Kind);

        var own = Ok(await query.HandleAsync(otherDistrict, new("411103", 2025)));
        Assert.Equal((198, 1500), (own.Communities, own.Residents));
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value!;
    }
}

/// <summary>The survey's facility and new-estate figures on the hand-checked <see cref="Facilities.FacilitiesFixture"/> (four communities).</summary>
public class SurveyFacilityFiguresTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Survey_FacilityFigures_MatchTheFixture_AndTheirEvidence(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await Facilities.FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);

        var f = (await scope.ServiceProvider.GetRequiredService<SurveyQuery>().HandleAsync(bureau, new("4111", 2025))).Value!;
        var json = SurveyJson.Build(f);

        // 1,650 m² over 4 communities = 412.5 (< 600); largest room held: 滨西 自建 (own), 嵩山路 租用, 新华 借用, 东吴村 none.
        Assert.Equal(1650m, (decimal)json["facility_area_total"]!["value"]!);
        Assert.Equal(412.5m, (decimal)json["facility_area_avg"]!["value"]!);
        Assert.True((bool)json["facility_area_avg"]!["below_standard"]!);
        Assert.Equal("4111", (string)json["facility_area_avg"]!["standards"]![0]!["set_at_code"]!);
        Assert.Equal((1, 1), ((int)json["facility_own"]!["value"]!, (int)json["facility_rented"]!["value"]!));
        Assert.Equal([2, 1, 0, 1], json["facility_area_bands"]!["value"]!.AsArray().Select(b => (int)b!["communities"]!));
        Assert.Equal(3, (int)json["rooms_missing"]!["value"]!);
        Assert.Equal(1, (int)json["estates"]!["without_committee"]!); // 滨西新城
        Assert.Contains(f.Problems, p => p.Key == "facility_average_below" && p.Communities.Count == 3);
        Assert.Contains(f.Problems, p => p.Key == "estates" && p.Communities.SequenceEqual(["滨西新城"]));

        var evidence = scope.ServiceProvider.GetRequiredService<SurveyEvidenceQuery>();
        var smallest = (await evidence.HandleAsync(bureau, new("4111", 2025), "facility_area_band_0")).Value!;
        Assert.Equal(new[] { StaffingFixture.Xinhua, StaffingFixture.Dongwu }.Order(), smallest.Rows.Select(r => r[0].Text!).Order());
        Assert.Equal([StaffingFixture.Xinhua], (await evidence.HandleAsync(bureau, new("4111", 2025), "facility_borrowed")).Value!.Rows.Select(r => r[0].Text));
        Assert.Equal(3, (await evidence.HandleAsync(bureau, new("4111", 2025), "rooms_missing")).Value!.Rows.Count);
        Assert.Equal(["滨西新城"], (await evidence.HandleAsync(bureau, new("4111", 2025), "estates_flagged")).Value!.Rows.Select(r => r[0].Text));
    }
}
