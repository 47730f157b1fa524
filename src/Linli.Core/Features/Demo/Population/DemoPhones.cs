namespace Linli.Core.Features.Demo.Population;

/// <summary>Mainland mobile numbers with the prefixes of the three carriers, weighted towards the common ones.</summary>
public static class DemoPhones
{
    private static readonly (string, int)[] Prefixes =
    [
        ("138", 6), ("139", 6), ("137", 4), ("136", 4), ("135", 4), ("134", 2), ("150", 4), ("151", 4),
        ("152", 3), ("157", 2), ("158", 4), ("159", 4), ("182", 3), ("183", 3), ("187", 3), ("188", 3),
        ("198", 2), ("130", 3), ("131", 3), ("132", 3), ("155", 3), ("156", 3), ("185", 3), ("186", 3),
        ("166", 2), ("176", 2), ("133", 2), ("153", 2), ("180", 2), ("181", 2), ("189", 3), ("177", 2),
        ("199", 2), ("191", 1), ("173", 1),
    ];

    public static string Next(DemoRandom random) =>
        random.Weighted(Prefixes) + random.Next(100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Who carries a phone: nobody under 12, almost every working-age adult, fewer of the very old.</summary>
    public static bool HasPhone(DemoRandom random, int age) => age switch
    {
        < 12 => false,
        < 18 => random.Chance(0.6),
        < 70 => random.Chance(0.97),
        < 80 => random.Chance(0.75),
        _ => random.Chance(0.4),
    };
}
