using Linli.Core.Common;

namespace Linli.Core.Features.Registry;

/// <summary>Display names of the registry's enumerations.</summary>
public static class ResidenceTypeNames
{
    public static Bilingual Of(ResidenceType type) => type switch
    {
        ResidenceType.Registered => new("户籍人口", "Registered"),
        ResidenceType.Resident => new("常住人口", "Resident"),
        ResidenceType.Floating => new("流动人口", "Floating"),
        ResidenceType.RegisteredElsewhere => new("人户分离", "Registered elsewhere"),
        _ => new(type.ToString(), type.ToString()),
    };

    public static Bilingual Of(ResidentStatus status) => status switch
    {
        ResidentStatus.Active => new("在册", "Active"),
        ResidentStatus.MovedOut => new("已迁出", "Moved out"),
        ResidentStatus.Deceased => new("已死亡", "Deceased"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Of(HousingStatus status) => status switch
    {
        HousingStatus.Owner => new("自有", "Owner"),
        HousingStatus.Tenant => new("租住", "Tenant"),
        HousingStatus.Borrowed => new("借住", "Borrowed"),
        _ => new("其他", "Other"),
    };

    public static Bilingual Of(Sex? sex) => sex switch
    {
        Sex.Male => new("男", "Male"),
        Sex.Female => new("女", "Female"),
        _ => new("", ""),
    };

    public static Bilingual Of(ResidentEventKind kind) => kind switch
    {
        ResidentEventKind.Registered => new("登记", "Registered"),
        ResidentEventKind.Updated => new("修改", "Updated"),
        ResidentEventKind.MovedIn => new("迁入", "Moved in"),
        ResidentEventKind.MovedOut => new("迁出", "Moved out"),
        ResidentEventKind.Transferred => new("户间迁移", "Moved to another household"),
        ResidentEventKind.Died => new("死亡", "Died"),
        ResidentEventKind.Corrected => new("更正证件", "Document corrected"),
        _ => new(kind.ToString(), kind.ToString()),
    };
}
