using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Standards;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core;

public static class LinliCoreServices
{
    /// <summary>Everything the web host and the CLI share: database, clock, field protection, audit.</summary>
    public static IServiceCollection AddLinliCore(this IServiceCollection services, IConfiguration config, LinliPaths paths)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => FieldProtector.Load(config["Linli:DataKey"], paths.DataDirectory));
        services.AddScoped(sp => new AuditActor { Clock = sp.GetRequiredService<TimeProvider>() });
        services.AddScoped<ChangeAuditInterceptor>();
        services.AddSingleton<ConcurrencyVersionInterceptor>();
        services.AddDbContext<LinliDb>((sp, options) =>
        {
            DatabaseSetup.Configure(options, config, paths);
            options.AddInterceptors(sp.GetRequiredService<ConcurrencyVersionInterceptor>(), sp.GetRequiredService<ChangeAuditInterceptor>(), sp.GetRequiredService<Features.Notifications.NotificationOutboxInterceptor>());
        });
        services.AddScoped<SchemaMigrator>();
        // Keys in the database: every instance (and the CLI) reads the cookies, tokens and reset links of the others.
        services.AddDataProtection().SetApplicationName("Linli").PersistKeysToDbContext<LinliDb>();

        // Use cases: one class per action, resolved where they are used (no service layer in between).
        services.AddSingleton<RegionDirectory>();
        services.AddScoped<DivisionImporter>();
        services.AddScoped<CreateAccount>();
        services.AddScoped<RegisterResident>();
        services.AddLinliDemo(config);
        services.AddScoped<AuditLogQuery>();
        services.AddScoped<AccountList>();
        services.AddLinliAccounts();
        services.AddLinliResidents();
        services.AddLinliHierarchy();
        Features.Import.ImportServices.AddLinliImport(services);
        services.AddLinliStandards();
        Features.Requests.RequestServices.AddLinliRequests(services, config);
        Features.Requests.RequestDeskServices.AddLinliRequestDesk(services);
        Features.Open311.Open311Registration.AddLinliOpen311(services);
        Features.Facilities.FacilitiesServices.AddLinliFacilities(services);
        Features.Reports.ReportsServices.AddLinliReports(services, config);
        Features.Admission.AdmissionServices.AddLinliAdmission(services);
        Features.Notifications.NotificationServices.AddLinliNotifications(services, config);
        Features.Catalogue.CatalogueServices.AddLinliCatalogue(services);
        return services;
    }
}
