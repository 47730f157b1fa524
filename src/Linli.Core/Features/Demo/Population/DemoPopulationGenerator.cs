using Linli.Core.Common.Privacy;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// Generates the demo population committee by committee, as a stream: only one committee's
/// households are in memory at a time. Each person goes through the registry's own validation and
/// protection (<see cref="ResidentValidation"/>, <see cref="ResidentProtection.Apply"/>), exactly as
/// RegisterResident does, so the ID number is checked, sex and birth date come from it, and the
/// number and phone are stored encrypted, hashed and masked.
/// </summary>
public sealed class DemoPopulationGenerator(FieldProtector protector, RegionDirectory regions, DemoOptions options, DateTime now)
{
    private const string Actor = "演示数据";

    private static readonly (ResidenceType, int)[] UrbanResidence =
        [(ResidenceType.Registered, 70), (ResidenceType.Resident, 10), (ResidenceType.Floating, 14), (ResidenceType.RegisteredElsewhere, 6)];
    private static readonly (ResidenceType, int)[] VillageResidence =
        [(ResidenceType.Registered, 88), (ResidenceType.Resident, 4), (ResidenceType.Floating, 2), (ResidenceType.RegisteredElsewhere, 6)];

    private readonly DemoIdNumbers _idNumbers = new();
    private readonly DateOnly _today = DateOnly.FromDateTime(now);

    public IEnumerable<CommunityPopulation> Generate(IEnumerable<DemoCommittee> committees)
    {
        foreach (var committee in committees)
        {
            yield return Generate(committee);
        }
    }

    public CommunityPopulation Generate(DemoCommittee committee) => Generate(committee, options.HouseholdsPerCommunity, residents: null);

    /// <summary>
    /// Province seeding (--residents): households until the committee holds exactly
    /// <paramref name="residents"/> people; the last household is cut short if it would overshoot
    /// (its head always stays, so it is never empty).
    /// </summary>
    public CommunityPopulation GenerateResidents(DemoCommittee committee, int residents) => Generate(committee, households: int.MaxValue, residents);

    private CommunityPopulation Generate(DemoCommittee committee, int households, int? residents)
    {
        var random = new DemoRandom(options.Seed, committee.Code);
        var grids = DemoPlaces.Grids(committee);
        var estates = committee.IsUrban ? DemoPlaces.Estates(random, committee) : [];
        var buildings = committee.IsUrban ? DemoPlaces.Buildings(random, grids, estates) : [];
        var addresses = new HashSet<(OrgUnit?, string, string)>();
        var generated = new List<Household>(residents is null ? households : residents.Value / 2);
        var people = 0;
        for (var i = 0; i < households && (residents is null || people < residents); i++)
        {
            var household = NewHousehold(random, committee, grids, buildings, addresses, i);
            AddMembers(random, committee, household);
            if (residents is { } target && people + household.Members.Count > target)
            {
                household.Members.RemoveRange(target - people, household.Members.Count - (target - people));
            }
            people += household.Members.Count;
            generated.Add(household);
        }
        return new CommunityPopulation(committee, grids, estates, [.. buildings.Select(b => b.Building)], generated);
    }

    private Household NewHousehold(DemoRandom random, DemoCommittee committee, List<OrgUnit> grids,
        List<DemoPlaces.BuildingLayout> buildings, HashSet<(OrgUnit?, string, string)> addresses, int index)
    {
        var household = new Household { Path = "", CommunityId = committee.Id, IsDemo = true, CreatedAt = now, UpdatedAt = now };
        if (buildings.Count > 0)
        {
            DemoPlaces.BuildingLayout layout;
            string entrance, room;
            var attempts = 0;
            do
            {
                layout = random.Pick(buildings);
                entrance = random.Between(1, layout.Entrances).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // Two flats per floor; a committee seeded with more households than its buildings
                // have flats (--residents) gets numbered rooms past 02, so the search always ends.
                room = $"{random.Between(1, layout.Floors)}{(++attempts <= 20 ? random.Between(1, 2) : 3 + index % 97):D2}";
            }
            while (!addresses.Add((layout.Building, entrance, room)));
            (household.Building, household.Grid, household.Estate) = (layout.Building, layout.Building.Parent, layout.Building.Estate);
            (household.Entrance, household.Room, household.Path) = (entrance, room, layout.Building.Path);
        }
        else
        {
            // Villages number houses by villagers' group (村民小组) and house; the index keeps them unique.
            var grid = grids[index % grids.Count];
            (household.Grid, household.Path) = (grid, grid.Path);
            household.Room = $"{index / 20 + 1}组{random.Between(1, 9)}{index % 20 + 1:D2}号";
        }
        return household;
    }

    private void AddMembers(DemoRandom random, DemoCommittee committee, Household household)
    {
        var village = !committee.IsUrban;
        var plan = DemoFamilies.Plan(random);
        var residence = random.Weighted(village ? VillageResidence : UrbanResidence);
        household.HousingStatus = residence == ResidenceType.Floating
            ? random.Weighted([(HousingStatus.Tenant, 85), (HousingStatus.Borrowed, 15)])
            : random.Weighted([(HousingStatus.Owner, 88), (HousingStatus.Tenant, 8), (HousingStatus.Borrowed, 3), (HousingStatus.Other, 1)]);
        var householdTags = DemoKeyGroups.ForHousehold(random, plan, village);
        foreach (var person in plan)
        {
            household.Members.Add(NewResident(random, committee, household, person, residence, householdTags, village));
        }
    }

    private Resident NewResident(DemoRandom random, DemoCommittee committee, Household household, PlannedMember person,
        ResidenceType residence, IReadOnlyList<string> householdTags, bool village)
    {
        var birthDate = _today.AddYears(-person.Age).AddDays(-random.Next(365));
        var name = person.Surname + ChineseNames.GivenName(random, person.Sex == Sex.Male, birthDate.Year);
        var idNumber = _idNumbers.Next(random, committee.CountyCode, birthDate, person.Sex);
        var phone = DemoPhones.HasPhone(random, person.Age) ? DemoPhones.Next(random) : null;
        var tags = DemoKeyGroups.ForPerson(random, person, householdTags, village);
        var draft = new ResidentDraft(name, DocumentType.ResidentIdCard, idNumber, phone, residence, person.Relation, tags);
        var validation = ResidentValidation.Validate(draft, _today, regions);
        if (validation.Value is not { } valid)
        {
            // A generator bug, not bad input; the message names the rule, never the number.
            throw new InvalidOperationException($"Generated resident failed validation: {validation.Errors[0].Message.En}");
        }
        var resident = new Resident
        {
            Name = valid.Name, Path = household.Path, CommunityId = committee.Id, Household = household, IsDemo = true,
            DocumentCipher = [], DocumentHash = [], DocumentMasked = "", CreatedAt = now, UpdatedAt = now,
        };
        resident.Apply(valid, protector);
        return resident;
    }

    /// <summary>The registry entry (登记) each generated person starts their history with.</summary>
    public ResidentEvent RegisteredEvent(Resident resident) => new()
    {
        ResidentId = resident.Id,
        Kind = ResidentEventKind.Registered,
        At = now,
        Actor = Actor,
        ToCommunityId = resident.CommunityId,
        Note = "演示数据（生成）",
        Changes = "[]",
    };
}
