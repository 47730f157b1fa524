using Linli.Components.Layout;
using Linli.Core.Features.Facilities;

namespace Linli.Features.Facilities;

/// <summary>Menu entries of the facilities increment, spliced into <see cref="MainMenu"/> with one line.</summary>
public static class FacilitiesMenu
{
    public static readonly IReadOnlyList<MainMenu.Item> Items =
    [
        new("/facilities", new("阵地与经费", "Facilities and funding"), _ => true),
        new("/facilities/rooms", new("阵地用房", "Service rooms"), FacilityAccess.MayEdit),
        new("/facilities/ledger", new("经费与组织", "Funding and organizations"), FacilityAccess.MayEdit),
        new("/facilities/settings", new("工资与经费公式", "Wages and formula"), Core.Features.Standards.SetStandard.MaySet),
    ];
}
