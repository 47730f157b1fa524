using Microsoft.AspNetCore.Localization;

namespace Linli.Features.Accounts;

public static class CultureSwitch
{
    /// <summary>GET /culture/en?returnUrl=/... remembers the choice in a cookie for a year.</summary>
    public static void MapCultureSwitch(this WebApplication app) =>
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            var culture = name == "en" ? "en" : "zh-CN";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        });
}
