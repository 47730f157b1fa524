namespace Linli.Core.Features.Demo;

/// <summary>The demo city: 漯河市 (4111) with its real districts, streets and committees (NBS 2023).</summary>
public static class DemoCity
{
    public const string Code = "4111";
    public const string Name = "漯河市";

    /// <summary>滨西社区居民委员会, 源汇区老街街道: where the community-level demo accounts work.</summary>
    public const string SampleCommunityCode = "411102001001";
}
