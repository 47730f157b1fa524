using Linli.Core.Common;
using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Hierarchy;

/// <summary>Chinese and English names of the categories a unit profile counts by.</summary>
public static class ProfileLabels
{
    public static Bilingual Of(ResidenceType type) => type switch
    {
        ResidenceType.Registered => new("户籍人口", "Registered"),
        ResidenceType.Resident => new("常住人口", "Resident"),
        ResidenceType.Floating => new("流动人口", "Floating"),
        ResidenceType.RegisteredElsewhere => new("人户分离", "Registered elsewhere"),
        _ => new(type.ToString(), type.ToString()),
    };

    public static Bilingual Of(Sex? sex) => sex switch
    {
        Sex.Male => new("男", "Male"),
        Sex.Female => new("女", "Female"),
        _ => new("未知", "Unknown"),
    };

    public static Bilingual Of(HousingStatus status) => status switch
    {
        HousingStatus.Owner => new("自有", "Owner"),
        HousingStatus.Tenant => new("租住", "Tenant"),
        HousingStatus.Borrowed => new("借住", "Borrowed"),
        _ => new("其他", "Other"),
    };

    public static Bilingual Tag(string tag) =>
        tag switch
        {
            KeyGroups.Elderly60 => new(tag, "Aged 60+"),
            KeyGroups.Elderly80 => new(tag, "Aged 80+"),
            _ => new(tag, KeyGroups.Find(tag)?.English ?? tag),
        };
}
