using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Components.Layout;

/// <summary>The main menu; each feature adds its entry here, shown to the roles that can use it.</summary>
public static class MainMenu
{
    public sealed record Item(string Href, Bilingual Text, Func<Role, bool> Visible);

    private static readonly List<Item> Items =
    [
        new("/", new("首页", "Home"), _ => true),
        new("/org", new("组织架构", "Organization"), _ => true),
        new("/residents", new("居民", "Residents"), _ => true),
        new("/conflicts", new("身份冲突", "Conflicts"), role => Linli.Core.Features.Registry.RegistryRules.SupervisesConflicts(role)),
        new("/audit", new("审计日志", "Audit log"), role => role.CanReadAudit()),
        new("/accounts", new("账号管理", "Accounts"), role => role.CanManageAccounts()),
        new("/import", new("导入", "Import"), role => role.CanEditRegistry()),
        new("/export", new("导出", "Export"), role => role != Role.SystemAdmin),
        .. Features.Standards.StandardsMenu.Items,
        .. Features.Companies.CompaniesMenu.Items,
        new("/requests", new("诉求", "Requests"), _ => true),
        .. Features.Facilities.FacilitiesMenu.Items,
        .. Features.Reports.ReportsMenu.Items,
        .. Features.Admission.AdmissionWeb.Menu,
        .. Features.Notifications.NotificationsWeb.Menu,
        .. Features.Catalogue.CatalogueWeb.Menu,
    ];

    public static IEnumerable<Item> For(Role role) => Items.Where(i => i.Visible(role) && Features.Companies.CompanyFence.MenuShows(role, i.Href));
}
