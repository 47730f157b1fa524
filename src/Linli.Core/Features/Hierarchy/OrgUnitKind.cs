namespace Linli.Core.Features.Hierarchy;

/// <summary>Levels of the hierarchy. NBS codes cover Province..Community; Grid and Building are Linli's own.</summary>
public enum OrgUnitKind
{
    Province = 1,   // 省
    City = 2,       // 市
    District = 3,   // 区/县
    Street = 4,     // 街道/乡镇
    Community = 5,  // 社区/村 (the residents' or villagers' committee)
    Grid = 6,       // 网格
    Building = 7,   // 楼栋
}
