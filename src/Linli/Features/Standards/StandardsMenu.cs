using Linli.Components.Layout;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Workers;

namespace Linli.Features.Standards;

/// <summary>Menu entries of issue 3 (standards, roster, gaps), spliced into <see cref="MainMenu"/> with one line.</summary>
public static class StandardsMenu
{
    public static readonly IReadOnlyList<MainMenu.Item> Items =
    [
        new("/gaps", new("配备缺口", "Staffing gaps"), _ => true),
        new("/workers", new("社工名册", "Worker roster"), SaveWorker.MayView),
        new("/standards", new("标准设定", "Standards"), _ => true),
    ];
}
