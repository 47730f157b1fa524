using Microsoft.Extensions.Configuration;

namespace Linli.Core.Features.Demo;

/// <summary>
/// How much demo population to generate: configuration <c>Demo:HouseholdsPerCommunity</c> (default 15)
/// and <c>Demo:Seed</c> (default 4111). The same seed on the same day gives the same people.
/// </summary>
public sealed record DemoOptions(int HouseholdsPerCommunity = DemoOptions.DefaultHouseholdsPerCommunity, int Seed = DemoOptions.DefaultSeed)
{
    public const int DefaultHouseholdsPerCommunity = 15;
    public const int DefaultSeed = 4111;
    public const int MaxHouseholdsPerCommunity = 3000; // the usual size cap of a community

    public static DemoOptions From(IConfiguration config) => new(
        config.GetValue("Demo:HouseholdsPerCommunity", DefaultHouseholdsPerCommunity),
        config.GetValue("Demo:Seed", DefaultSeed));
}
