using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Demo.Population;

/// <summary>One person of a planned household, before names and numbers: relation to the head (与户主关系), sex, age.</summary>
public sealed record PlannedMember(string Relation, Sex Sex, int Age, string Surname);

/// <summary>
/// Household structures in roughly the shares of a Henan city: young singles, couples with children,
/// three generations, and older people alone (独居) or as a couple (空巢). The head's age follows the
/// age distribution of household heads; everyone else's age follows from the head's, which gives an
/// ageing pyramid like the 2020 census (about a fifth of people 60+).
/// </summary>
public static class DemoFamilies
{
    public const string Head = "户主";

    private static readonly (int, int)[] HeadAgeBands = [(22, 8), (30, 17), (40, 20), (50, 22), (60, 16), (70, 12), (80, 5)];

    public static List<PlannedMember> Plan(DemoRandom random)
    {
        var band = random.Weighted(HeadAgeBands);
        var headAge = band + random.Next(band == 22 ? 8 : 10);
        var headMale = random.Chance(headAge >= 70 ? 0.55 : 0.72);
        var head = new PlannedMember(Head, headMale ? Sex.Male : Sex.Female, headAge, ChineseNames.Surname(random));
        var members = new List<PlannedMember> { head };
        switch (headAge)
        {
            case < 30:
                if (random.Chance(0.6)) { AddSpouse(random, members); }
                if (members.Count == 2 && random.Chance(0.55)) { AddChildren(random, members, 1); }
                break;
            case < 50:
                if (random.Chance(0.93)) { AddSpouse(random, members); }
                if (random.Chance(0.88)) { AddChildren(random, members, random.Weighted<int>([(1, 45), (2, 45), (3, 10)])); }
                if (random.Chance(0.2)) { AddParents(random, members); }
                break;
            case < 60:
                if (random.Chance(0.92)) { AddSpouse(random, members); }
                if (random.Chance(0.65)) { AddChildren(random, members, random.Weighted<int>([(1, 60), (2, 40)])); }
                if (random.Chance(0.1)) { AddParents(random, members); }
                break;
            default:
                // Older heads: alone, with a spouse, or with a grown child's family.
                var alone = random.Chance(headAge >= 75 ? 0.35 : 0.2);
                if (!alone && random.Chance(headAge >= 80 ? 0.45 : 0.8)) { AddSpouse(random, members); }
                if (!alone && random.Chance(0.35)) { AddGrownChildFamily(random, members); }
                break;
        }
        return members;
    }

    private static void AddSpouse(DemoRandom random, List<PlannedMember> members)
    {
        var head = members[0];
        var age = Math.Clamp(head.Age + (head.Sex == Sex.Male ? -random.Between(0, 5) : random.Between(0, 5)), 20, 99);
        members.Add(new("配偶", Other(head.Sex), age, ChineseNames.Surname(random)));
    }

    private static void AddChildren(DemoRandom random, List<PlannedMember> members, int count)
    {
        var youngestParent = members.Min(m => m.Age);
        var surname = FatherSurname(members);
        for (var i = 0; i < count; i++)
        {
            var age = Math.Max(0, youngestParent - random.Between(22, 34) - i * random.Between(1, 4));
            var male = random.Chance(0.53);
            members.Add(new(male ? "儿子" : "女儿", male ? Sex.Male : Sex.Female, age, surname));
        }
    }

    private static void AddParents(DemoRandom random, List<PlannedMember> members)
    {
        var head = members[0];
        var fatherAge = head.Age + random.Between(23, 33);
        if (fatherAge <= 95 && random.Chance(0.6))
        {
            members.Add(new("父亲", Sex.Male, fatherAge, head.Surname));
        }
        var motherAge = head.Age + random.Between(21, 31);
        if (motherAge <= 98)
        {
            members.Add(new("母亲", Sex.Female, motherAge, ChineseNames.Surname(random)));
        }
    }

    private static void AddGrownChildFamily(DemoRandom random, List<PlannedMember> members)
    {
        var head = members[0];
        var childAge = head.Age - random.Between(22, 32);
        var son = random.Chance(0.7);
        var surname = FatherSurname(members);
        members.Add(new(son ? "儿子" : "女儿", son ? Sex.Male : Sex.Female, childAge, surname));
        var inLawAge = Math.Max(20, childAge + random.Between(-3, 3));
        members.Add(new(son ? "儿媳" : "女婿", son ? Sex.Female : Sex.Male, inLawAge, ChineseNames.Surname(random)));
        var grandchildren = childAge >= 24 ? random.Weighted<int>([(0, 15), (1, 55), (2, 30)]) : 0;
        var grandchildSurname = son ? surname : members[^1].Surname;
        for (var i = 0; i < grandchildren; i++)
        {
            var age = Math.Max(0, Math.Min(childAge, inLawAge) - random.Between(22, 32) - i * random.Between(1, 4));
            var male = random.Chance(0.53);
            members.Add(new(male ? "孙子" : "孙女", male ? Sex.Male : Sex.Female, age, grandchildSurname));
        }
    }

    // Children take the father's surname, as most families still do.
    private static string FatherSurname(List<PlannedMember> members) =>
        members.FirstOrDefault(m => m.Relation is Head or "配偶" && m.Sex == Sex.Male)?.Surname ?? members[0].Surname;

    private static Sex Other(Sex sex) => sex == Sex.Male ? Sex.Female : Sex.Male;
}
