using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// Recorded key-group tags (重点人群) in shares close to published figures: about 6 % of people live
/// with a disability (a third of them hold a certificate grade), 2–4 % of households receive 低保
/// (more in villages), about 7 % of adults are party members. Age groups 60+/80+ are not recorded:
/// the registry derives them from the birth date.
/// </summary>
public static class DemoKeyGroups
{
    private static readonly (string, int)[] DisabilityGrades = [("一级", 10), ("二级", 25), ("三级", 30), ("四级", 35)];

    /// <summary>Tags that belong to the whole household: 低保 is granted per household, 独居/空巢 follow from who lives there.</summary>
    public static List<string> ForHousehold(DemoRandom random, IReadOnlyList<PlannedMember> members, bool village)
    {
        var tags = new List<string>();
        if (random.Chance(village ? 0.04 : 0.02))
        {
            tags.Add("低保");
        }
        if (members.Count == 1 && members[0].Age >= 60)
        {
            tags.Add("独居");
        }
        else if (members.Count == 2 && members.All(m => m.Age >= 60))
        {
            tags.Add("空巢");
        }
        return tags;
    }

    public static List<ResidentTagInput> ForPerson(DemoRandom random, PlannedMember person, IReadOnlyList<string> householdTags, bool village)
    {
        var tags = householdTags.Select(t => new ResidentTagInput(t)).ToList();
        var age = person.Age;
        var adult = age >= 18;
        if (random.Chance(age switch { < 18 => 0.008, < 60 => 0.015, _ => 0.05 }))
        {
            tags.Add(new("残疾", random.Weighted(DisabilityGrades)));
        }
        if (random.Chance(householdTags.Contains("独居") ? 0.08 : 0.001))
        {
            tags.Add(new("特困"));
        }
        if (random.Chance(age >= 60 && person.Sex == Sex.Male ? 0.02 : adult ? 0.002 : 0))
        {
            tags.Add(new("优抚"));
        }
        if (age is >= 18 and < 60 && random.Chance(0.035))
        {
            tags.Add(new("失业"));
        }
        if (village && age < 16 && random.Chance(0.06))
        {
            tags.Add(new("留守儿童"));
        }
        if (person.Sex == Sex.Female && age is >= 22 and <= 38 && random.Chance(0.04))
        {
            tags.Add(new("孕产妇"));
        }
        if (adult && random.Chance(0.004))
        {
            tags.Add(new("严重精神障碍"));
        }
        if (adult && random.Chance(person.Sex == Sex.Male ? 0.1 : 0.05))
        {
            tags.Add(new("党员"));
        }
        if (age is >= 16 and <= 75 && random.Chance(0.08))
        {
            tags.Add(new("志愿者"));
        }
        return tags;
    }
}
