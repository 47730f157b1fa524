using Microsoft.AspNetCore.Diagnostics;

namespace Linli.Components;

public static class NotFoundPageSetup
{
    /// <summary>
    /// A page GET of an unknown URL gets the NotFound page (status 404) instead of a bare status
    /// text. Register right after UseStatusCodePages: this sits inside it and switches itself off
    /// for the API and for form posts, which keep the outer handler's ProblemDetails.
    /// </summary>
    public static void UseLinliNotFoundPage(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            // Only page GETs: a failed form post (say a 400 from antiforgery) is not "page not found".
            if ((context.Request.Path.StartsWithSegments("/api") || !HttpMethods.IsGet(context.Request.Method)) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
            return next(context);
        });
    }
}
