using Linli.Core.Common;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Age bands of a unit profile: 0–17, 18–34, 35–59, 60–79, 80+. The two oldest bands add up to the
/// 60+ key group of the domain brief, and 80+ is its own key group.
/// </summary>
public static class AgeBands
{
    public sealed record Band(int Index, int From, int? To)
    {
        public Bilingual Label => To is { } to ? new($"{From}–{to}岁", $"{From}–{to}") : new($"{From}岁及以上", $"{From}+");
    }

    public static readonly IReadOnlyList<Band> All = [new(0, 0, 17), new(1, 18, 34), new(2, 35, 59), new(3, 60, 79), new(4, 80, null)];

    public const int Unknown = -1;

    public static readonly Bilingual UnknownLabel = new("出生日期不详", "Birth date unknown");

    /// <summary>Latest birth date of someone who has reached <paramref name="age"/> today.</summary>
    public static DateOnly BornBy(DateOnly today, int age) => today.AddYears(-age);
}
