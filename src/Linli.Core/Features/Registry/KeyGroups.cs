namespace Linli.Core.Features.Registry;

/// <summary>Key groups (重点人群). Recorded tags are stored on the resident; age groups are derived.</summary>
public static class KeyGroups
{
    public sealed record KeyGroup(string Tag, string English, bool HasDetail = false, bool Restricted = false);

    public const string Elderly60 = "60岁以上";
    public const string Elderly80 = "80岁以上";

    public static readonly IReadOnlyList<KeyGroup> Recorded =
    [
        new("低保", "Minimum living allowance"),
        new("特困", "Extreme poverty support"),
        new("优抚", "Entitled groups"),
        new("残疾", "Disabled", HasDetail: true),
        new("独居", "Living alone"),
        new("空巢", "Empty-nest"),
        new("失业", "Unemployed"),
        new("留守儿童", "Left-behind child"),
        new("孕产妇", "Pregnant woman"),
        // Restricted: only roles that may see ID numbers see this tag at all.
        new("严重精神障碍", "Severe mental illness", Restricted: true),
        new("党员", "Party member"),
        new("志愿者", "Volunteer"),
    ];

    public static KeyGroup? Find(string tag) => Recorded.FirstOrDefault(g => g.Tag == tag);

    /// <summary>Grades of the disability certificate (残疾人证), recorded as the tag's detail.</summary>
    public static readonly IReadOnlyList<string> DisabilityGrades = ["一级", "二级", "三级", "四级"];

    public static int Age(DateOnly birth, DateOnly today) =>
        today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
}
