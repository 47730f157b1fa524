using Linli.Core.Common;
using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Hierarchy;

/// <summary>Chinese and English names of the categories a unit profile counts by.</summary>
public static class ProfileLabels
{
    // Residence types and housing status read as in the registry's own pages; only an unknown sex
    // needs a word of its own here, where it is a row of the profile rather than a blank field.
    public static Bilingual Of(ResidenceType type) => ResidenceTypeNames.Of(type);

    public static Bilingual Of(HousingStatus status) => ResidenceTypeNames.Of(status);

    public static Bilingual Of(Sex? sex) => sex is null ? new("未知", "Unknown") : ResidenceTypeNames.Of(sex);

    public static Bilingual Tag(string tag) =>
        tag switch
        {
            KeyGroups.Elderly60 => new(tag, "Aged 60+"),
            KeyGroups.Elderly80 => new(tag, "Aged 80+"),
            _ => new(tag, KeyGroups.Find(tag)?.English ?? tag),
        };
}
