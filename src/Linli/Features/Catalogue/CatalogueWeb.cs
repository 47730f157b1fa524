using Linli.Components.Layout;
using Linli.Core.Features.Catalogue;

namespace Linli.Features.Catalogue;

/// <summary>The catalogue feature's entries in the shared lists: its API routes and its one menu entry.</summary>
public static class CatalogueWeb
{
    public static void MapApi(RouteGroupBuilder api)
    {
        CatalogueApi.Map(api);
        ApplicationsApi.Map(api);
    }

    /// <summary>办事指南: staff land on the queue of applications, which links to the catalogue and the public pages.</summary>
    public static readonly MainMenu.Item[] Menu =
    [
        new("/applications", new("办事指南", "Services"), role => ApplicationWorkflow.Handles(role) || ApplicationWorkflow.EditsCatalogue(role)),
    ];
}
