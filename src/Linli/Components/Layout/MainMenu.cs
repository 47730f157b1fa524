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
        new("/audit", new("审计日志", "Audit log"), role => role.CanReadAudit()),
        new("/accounts", new("账号管理", "Accounts"), role => role.CanManageAccounts()),
        .. Features.Standards.StandardsMenu.Items,
    ];

    public static IEnumerable<Item> For(Role role) => Items.Where(i => i.Visible(role));
}
