using Linli.Core.Features.Hierarchy;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>The Chinese words the report prose needs: committee types and "全市/全区/本街道" for the unit's level.</summary>
public static class SurveyLabels
{
    public static string TypeKey(CommitteeType type) => type switch
    {
        CommitteeType.Residents => "residents",
        CommitteeType.Villagers => "villagers",
        CommitteeType.SimilarToResidents => "similar_to_residents",
        _ => "similar_to_villagers",
    };

    public static string TypeName(CommitteeType type) => type switch
    {
        CommitteeType.Residents => "城市社区（居民委员会）",
        CommitteeType.Villagers => "村（村民委员会）",
        CommitteeType.SimilarToResidents => "类似居委会",
        _ => "类似村委会",
    };

    /// <summary>"全市" for a city, "全县" for a county, "全镇" for a town, "本社区" for a community.</summary>
    public static string Whole(OrgUnitKind kind, string name) => kind switch
    {
        OrgUnitKind.Province => "全省",
        OrgUnitKind.City => name.EndsWith('州') ? "全州" : "全市",
        OrgUnitKind.District => name.EndsWith('县') ? "全县" : name.EndsWith('市') ? "全市" : "全区",
        OrgUnitKind.Street => name.EndsWith('镇') ? "全镇" : name.EndsWith('乡') ? "全乡" : "全街道",
        _ => "本社区",
    };
}
