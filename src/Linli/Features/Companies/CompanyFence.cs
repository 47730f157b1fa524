using Linli.Core.Features.Accounts;
using Linli.Features.Accounts;

namespace Linli.Features.Companies;

/// <summary>
/// Company staff (role ServiceCompany) are outsiders with a login: they may use their own queue,
/// their account and the sign-in plumbing, and nothing else — not the registry, the org tree or
/// other requests, whatever their account's place in the tree. Everything else answers 403.
/// </summary>
public static class CompanyFence
{
    private static readonly string[] Allowed =
        ["/api/v1/company", "/company", "/api/v1/me", "/api/v1/auth", "/account", "/login", "/signout", "/culture", "/not-found", "/_framework", "/_content", "/open311"];

    /// <summary>Whether a menu link may be shown to <paramref name="role"/>: company staff get only the links the fence lets through.</summary>
    public static bool MenuShows(Role role, string href) =>
        role != Role.ServiceCompany || Allowed.Any(prefix => new PathString(href).StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    // Style sheets, scripts and root files such as /favicon.ico or /Linli.styles.css. Not "any path
    // with a dot": /api/v1/imports/1/errors.xlsx has one too.
    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || (path.Value is { } p && p.LastIndexOf('/') == 0 && Path.HasExtension(p));

    public static void UseCompanyFence(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (CurrentCaller.From(context.User) is { Role: Role.ServiceCompany }
                && !Allowed.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
                && !IsStaticAsset(context.Request.Path))
            {
                if (context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method))
                {
                    context.Response.Redirect("/company");
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("加盟企业账号只能查看和办理本企业的诉求 / company accounts may only see their own requests");
                return;
            }
            await next();
        });
}
