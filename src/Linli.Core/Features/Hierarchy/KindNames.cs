using Linli.Core.Common;

namespace Linli.Core.Features.Hierarchy;

public static class KindNames
{
    public static Bilingual Of(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Province => new("省", "Province"),
        OrgUnitKind.City => new("市", "City"),
        OrgUnitKind.District => new("区/县", "District"),
        OrgUnitKind.Street => new("街道/乡镇", "Street"),
        OrgUnitKind.Community => new("社区/村", "Community"),
        OrgUnitKind.Grid => new("网格", "Grid"),
        OrgUnitKind.Building => new("楼栋", "Building"),
        _ => new(kind.ToString(), kind.ToString()),
    };
}
