using Linli.Core.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Linli.Features.Accounts;

/// <summary>
/// Cookies for people in the browser, bearer tokens (POST /api/v1/auth/token) for API clients.
/// Both are protected with the data-protection keys kept in the database.
/// </summary>
public static class SignInSetup
{
    public const string Scheme = "Linli";

    public static IServiceCollection AddLinliSignIn(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(LinliUser), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<LinliClaimsFactory>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/login";
            o.Cookie.Name = "linli.auth";
            o.ExpireTimeSpan = TimeSpan.FromHours(10); // one working day
            o.SlidingExpiration = true;
            // API callers get a status code, not a redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddScoped<CurrentCaller>();
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    public static void MapSignOut(this WebApplication app) =>
        app.MapPost("/signout", async (SignInManager<LinliUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        });
}
