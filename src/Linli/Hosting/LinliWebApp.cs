using System.Globalization;
using Linli.Cli;
using Linli.Components;
using Linli.Core;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Demo;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Operations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Localization;

namespace Linli.Hosting;

/// <summary>Builds the web platform: used by `linli serve` and by the tests, which start it on a free port.</summary>
public static class LinliWebApp
{
    public sealed record Options(string Urls, LinliPaths Paths, bool LoadDemo);

    public static async Task<WebApplication> CreateAsync(Options options, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(LinliWebApp).Assembly.GetName().Name,
        });
        LinliSettings.AddSources(builder.Configuration, options.Paths);
        builder.WebHost.UseUrls(options.Urls);
        // The static-asset manifest of a plain build points into the source tree; read it in every environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            // One JSON object per line with the request id scope, for log shippers (LINLI_Logging__Format=json).
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        }
        // URLs with their query strings, SQL text and parameter values could carry personal data: the framework's
        // categories stay at Warning even when the configuration turns logging up.
        builder.Logging.AddLinliLogFloor();
        // Keys live in the database behind its access control; an XML encryptor would need a key of its own.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddLinliCore(builder.Configuration, options.Paths);
        services.AddLinliSignIn();
        services.AddLocalization();
        // Chinese text as text, not as &#x...; entities: pages stay readable and half the size.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddTrustedProxies(builder.Configuration);
        services.AddLinliApi();
        services.AddLinliOperations();
        Features.Import.ImportWebSetup.AddLinliImportWeb(services);
        Features.Requests.RequestsWebSetup.AddLinliRequestsWeb(services);
        Features.Admission.AdmissionWeb.AddLinliAdmissionWeb(services);
        Features.Notifications.NotificationsWeb.AddLinliNotificationsWeb(services);

        var app = builder.Build();
        await PrepareDatabaseAsync(app, options.LoadDemo, ct);

        app.UseForwardedHeaders();
        app.UseLinliRequestLogging();
        Features.Requests.RequestsWebSetup.UseLinliRequestsWeb(app);
        app.UseRequestLocalization(o =>
        {
            var cultures = new[] { new CultureInfo("zh-CN"), new CultureInfo("en") };
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Chinese first: only an explicit choice (cookie or ?culture=) switches to English, not the browser's language.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseLinliNotFoundPage();
        Components.Query.QueryParameterGuard.UseLinliQueryParameterGuard(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAuditActor();
        app.UseAntiforgery();
        Features.Companies.ServiceNetworkSetup.UseLinliServiceNetwork(app);

        app.MapStaticAssets();
        app.MapLinliApi();
        app.MapLinliOperations();
        app.MapCultureSwitch();
        app.MapSignOut();
        app.MapRazorComponents<App>();
        return app;
    }

    private static async Task PrepareDatabaseAsync(WebApplication app, bool loadDemo, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct: ct);
        if (loadDemo)
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
            if (seeded is not null)
            {
                app.Logger.LogInformation("Demo city {Code} loaded: {Divisions} divisions, {Grids} grids, {Estates} estates, {Buildings} buildings, {Households} households, {Residents} residents",
                    DemoCity.Code, seeded.Divisions, seeded.Population.Grids, seeded.Population.Estates, seeded.Population.Buildings, seeded.Households, seeded.Residents);
            }
        }
    }

    public static void PrintWelcome(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? ServeCommand.DefaultUrl;
        Console.WriteLine();
        Console.WriteLine($"邻里 Linli 已启动 / started: {address}");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var demoUsers = db.Users.Where(u => u.IsDemo).Select(u => u.UserName).ToHashSet();
        if (demoUsers.Count > 0)
        {
            Console.WriteLine($"演示账号（演示数据，非真实统计）/ demo accounts (demo data, not real statistics), password {DemoAccounts.Password}:");
            foreach (var account in DemoAccounts.All.Where(a => demoUsers.Contains(a.UserName)))
            {
                Console.WriteLine($"  {account.UserName,-10} {RoleNames.Of(account.Role).Zh} / {RoleNames.Of(account.Role).En} — {account.DisplayName}");
            }
        }
        Console.WriteLine("按 Ctrl+C 停止 / press Ctrl+C to stop");
    }
}
