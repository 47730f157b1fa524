namespace Linli.Core.Features.Registry;

public enum ResidenceType
{
    Registered = 1,      // 户籍人口
    Resident = 2,        // 常住人口
    Floating = 3,        // 流动人口
    RegisteredElsewhere = 4, // 人户分离
}

public enum ResidentStatus
{
    Active = 1,    // 在册
    MovedOut = 2,  // 迁出
    Deceased = 3,  // 死亡
}

public enum HousingStatus
{
    Owner = 1,    // 自有
    Tenant = 2,   // 租住
    Borrowed = 3, // 借住
    Other = 4,    // 其他
}
