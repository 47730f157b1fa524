using Linli.Components.Layout;
using Linli.Core.Features.Accounts;

namespace Linli.Features.Companies;

/// <summary>Menu entry of the service-company network, spliced into <see cref="MainMenu"/> with one line.</summary>
public static class CompaniesMenu
{
    public static readonly IReadOnlyList<MainMenu.Item> Items =
    [
        new("/company", new("本企业诉求", "Our requests"), role => role == Role.ServiceCompany),
        new("/companies", new("加盟企业", "Service companies"), role => role is not (Role.ServiceCompany or Role.SystemAdmin)),
    ];
}
