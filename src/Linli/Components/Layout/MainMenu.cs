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
    ];

    public static IEnumerable<Item> For(Role role) => Items.Where(i => i.Visible(role));
}
