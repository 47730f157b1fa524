using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Demo;

/// <summary>The demo population generator in memory, over the real committees of 漯河市.</summary>
public class DemoPopulationGeneratorTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly FieldProtector Protector = new(new byte[ProtectionKeys.MasterKeyLength]);
    private static readonly LinliPaths Paths = new(Path.GetTempPath(), LinliPaths.FindHome());
    private static readonly RegionDirectory Regions = new(Paths);

    // Every committee of the city, with made-up ids; the generator only reads them.
    private static readonly List<DemoCommittee> Committees = [.. DivisionFile.Read(Paths.DivisionFile, DemoCity.Code)
        .Where(d => d.Kind == OrgUnitKind.Community)
        .Select((d, i) => new DemoCommittee(i + 1000, d.Code, $"41/4111/{d.Code[..6]}/{d.Code[..9]}/{d.Code}/", 5, CommitteeTypes.FromCode(d.Code)))];

    private static List<CommunityPopulation> Generate(int seed, int households, int committees) =>
        [.. new DemoPopulationGenerator(Protector, Regions, new DemoOptions(households, seed), Now).Generate(Committees.Take(committees))];

    private static IEnumerable<Resident> People(IEnumerable<CommunityPopulation> city) =>
        city.SelectMany(c => c.Households).SelectMany(h => h.Members);

    [Fact]
    public void SameSeed_GivesTheSameNamesAndIdHashes_AnotherSeedDoesNot()
    {
        static List<(string, string)> Fingerprint(IEnumerable<CommunityPopulation> city) =>
            [.. People(city).Select(r => (r.Name, Convert.ToHexString(r.DocumentHash)))];

        var first = Fingerprint(Generate(4111, 15, 40));
        var second = Fingerprint(Generate(4111, 15, 40));
        var other = Fingerprint(Generate(7, 15, 40));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.True(first.Count > 40 * 15, "every household has at least its head");
    }

    [Fact]
    public void EveryIdNumber_IsValid_WithTheCommitteesCountyAndTheRecordedBirthDateAndSex()
    {
        var city = Generate(4111, 15, Committees.Count);
        var hashes = new HashSet<string>();
        foreach (var community in city)
        {
            foreach (var resident in community.Households.SelectMany(h => h.Members))
            {
                var number = Protector.Decrypt(resident.DocumentCipher);
                var check = IdNumber.Validate(number, Today, Regions.IsKnown);
                Assert.True(check.IsValid, check.Error?.En);
                Assert.Null(check.Warning);
                Assert.Equal(community.Committee.CountyCode, number[..6]);
                Assert.Equal(resident.BirthDate, check.BirthDate);
                Assert.Equal(resident.Sex, check.Sex);
                Assert.Equal(Mask.IdNumber(number), resident.DocumentMasked);
                Assert.True(hashes.Add(Convert.ToHexString(resident.DocumentHash)), "ID numbers are unique");
                if (resident.PhoneCipher is { } phone)
                {
                    Assert.True(PhoneNumber.Validate(Protector.Decrypt(phone)).IsValid);
                }
            }
        }
        Assert.True(hashes.Count > 50_000, $"a city of about 60,000 people, got {hashes.Count}");
    }

    [Fact]
    public void Committees_GetTwoGridsAndTheirHouseholds_OnlyUrbanOnesGetEstatesAndBuildings()
    {
        var city = Generate(4111, 15, Committees.Count);

        Assert.All(city, c =>
        {
            Assert.Equal(2, c.Grids.Count);
            Assert.Equal(15, c.Households.Count);
            Assert.All(c.Households, h =>
            {
                Assert.True(h.IsDemo);
                Assert.Equal(DemoFamilies.Head, h.Members[0].RelationToHead);
                Assert.Single(h.Members, m => m.RelationToHead == DemoFamilies.Head);
                Assert.All(h.Members, m => Assert.True(m.IsDemo));
                Assert.All(h.Members, m => Assert.Equal(h.Path, m.Path));
            });
            if (c.Committee.IsUrban)
            {
                Assert.InRange(c.Estates.Count, 2, 4);
                Assert.All(c.Households, h => Assert.NotNull(h.Building));
                Assert.Equal(c.Households.Count, c.Households.Select(h => (h.Building, h.Entrance, h.Room)).Distinct().Count());
            }
            else
            {
                Assert.Empty(c.Estates);
                Assert.Empty(c.Buildings);
                Assert.All(c.Households, h => Assert.Null(h.Building));
            }
        });
        Assert.Contains(city, c => c.Committee.IsUrban);
        Assert.Contains(city, c => !c.Committee.IsUrban);
    }

    [Fact]
    public void Population_HasAPlausibleAgePyramidAndKeyGroupShares()
    {
        var people = People(Generate(4111, 15, Committees.Count)).ToList();
        double Share(Func<Resident, bool> predicate) => people.Count(predicate) / (double)people.Count;
        int Age(Resident r) => KeyGroups.Age(r.BirthDate!.Value, Today);
        bool Has(Resident r, string tag) => r.Tags.Any(t => t.Tag == tag);

        // 2020 census: 18.7 % aged 60+, 2.5 % aged 80+, 18 % under 15.
        Assert.InRange(Share(r => Age(r) >= 60), 0.14, 0.30);
        Assert.InRange(Share(r => Age(r) >= 80), 0.01, 0.06);
        Assert.InRange(Share(r => Age(r) < 15), 0.10, 0.25);
        Assert.InRange(Share(r => r.Sex == Sex.Male), 0.45, 0.55);
        Assert.InRange(Share(r => Has(r, "低保")), 0.01, 0.06);
        Assert.InRange(Share(r => Has(r, "残疾")), 0.01, 0.05);
        Assert.InRange(Share(r => Has(r, "党员")), 0.04, 0.10);
        Assert.All(people.SelectMany(r => r.Tags).Where(t => t.Tag == "残疾"), t => Assert.Contains(t.Detail, KeyGroups.DisabilityGrades));
        Assert.All(KeyGroups.Recorded, g => Assert.Contains(people, r => Has(r, g.Tag)));
        Assert.All(Enum.GetValues<ResidenceType>(), t => Assert.Contains(people, r => r.ResidenceType == t));
        // 独居 means alone: only in one-person households of people 60+.
        Assert.All(people.Where(r => Has(r, "独居")), r => Assert.True(Age(r) >= 60));
    }
}
