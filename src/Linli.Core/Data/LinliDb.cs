using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Import;
using Linli.Core.Features.Registry;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Data;

/// <summary>
/// The one EF Core model, used on SQLite (default) and PostgreSQL.
/// </summary>
/// <remarks>
/// Migrations: the EF design-time package does not restore here, so the schema is versioned SQL,
/// one script per provider and version under Data/Migrations/{Sqlite,Postgres}/NNNN_name.sql,
/// applied in order by <see cref="SchemaMigrator"/>, which records each version in the
/// schema_version table. A new script starts as the output of <c>linli schema script</c> diffed
/// against the previous state; the SchemaDrift tests prove that the scripts produce exactly the
/// schema this model expects, on both providers.
/// </remarks>
public sealed class LinliDb(DbContextOptions<LinliDb> options) : IdentityDbContext<LinliUser>(options), IDataProtectionKeyContext
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Estate> Estates => Set<Estate>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<ResidentTag> ResidentTags => Set<ResidentTag>();
    public DbSet<ResidentEvent> ResidentEvents => Set<ResidentEvent>();
    public DbSet<IdentityConflict> IdentityConflicts => Set<IdentityConflict>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportRowError> ImportRowErrors => Set<ImportRowError>();
    public DbSet<Features.Standards.PolicyStandard> PolicyStandards => Set<Features.Standards.PolicyStandard>();
    public DbSet<Features.Workers.CommunityWorker> CommunityWorkers => Set<Features.Workers.CommunityWorker>();
    public DbSet<Features.Requests.RequestCategory> RequestCategories => Set<Features.Requests.RequestCategory>();
    public DbSet<Features.Requests.ServiceRequest> ServiceRequests => Set<Features.Requests.ServiceRequest>();
    public DbSet<Features.Requests.RequestTransition> RequestTransitions => Set<Features.Requests.RequestTransition>();
    public DbSet<Features.Requests.RequestCallback> RequestCallbacks => Set<Features.Requests.RequestCallback>();
    public DbSet<Features.Requests.RoutingRule> RoutingRules => Set<Features.Requests.RoutingRule>();
    public DbSet<Features.Requests.RequestAttachment> RequestAttachments => Set<Features.Requests.RequestAttachment>();
    public DbSet<Features.Requests.RequestNumberCounter> RequestNumberCounters => Set<Features.Requests.RequestNumberCounter>();
    public DbSet<Features.Requests.CalendarDay> CalendarDays => Set<Features.Requests.CalendarDay>();
    public DbSet<Features.Open311.Open311ApiKey> Open311ApiKeys => Set<Features.Open311.Open311ApiKey>();
    public DbSet<Features.Companies.ServiceCompany> ServiceCompanies => Set<Features.Companies.ServiceCompany>();
    public DbSet<Features.Companies.ServiceCompanyUser> ServiceCompanyUsers => Set<Features.Companies.ServiceCompanyUser>();
    public DbSet<Features.Admission.DutyList> DutyLists => Set<Features.Admission.DutyList>();
    public DbSet<Features.Admission.DutyEntry> DutyEntries => Set<Features.Admission.DutyEntry>();
    public DbSet<Features.Admission.AdmissionRequest> AdmissionRequests => Set<Features.Admission.AdmissionRequest>();
    public DbSet<Features.Admission.AdmissionTarget> AdmissionTargets => Set<Features.Admission.AdmissionTarget>();
    public DbSet<Features.Admission.AdmissionAttachment> AdmissionAttachments => Set<Features.Admission.AdmissionAttachment>();
    public DbSet<Features.Admission.ReviewGroup> ReviewGroups => Set<Features.Admission.ReviewGroup>();
    public DbSet<Features.Admission.ReviewMember> ReviewMembers => Set<Features.Admission.ReviewMember>();
    public DbSet<Features.Admission.ReviewOpinion> ReviewOpinions => Set<Features.Admission.ReviewOpinion>();
    public DbSet<Features.Admission.CommunityTask> CommunityTasks => Set<Features.Admission.CommunityTask>();
    public DbSet<Features.Admission.UnadmittedReport> UnadmittedReports => Set<Features.Admission.UnadmittedReport>();
    public DbSet<Features.Notifications.Notification> Notifications => Set<Features.Notifications.Notification>();
    public DbSet<Features.Catalogue.CatalogueItem> CatalogueItems => Set<Features.Catalogue.CatalogueItem>();
    public DbSet<Features.Catalogue.ServiceApplication> ServiceApplications => Set<Features.Catalogue.ServiceApplication>();
    public DbSet<Features.Catalogue.ApplicationTransition> ApplicationTransitions => Set<Features.Catalogue.ApplicationTransition>();
    public DbSet<Features.Catalogue.ApplicationNumberCounter> ApplicationNumberCounters => Set<Features.Catalogue.ApplicationNumberCounter>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LinliDb).Assembly);
        if (IsPostgres)
        {
            UseOrdinalCollationForPaths(builder);
        }
    }

    // Subtree queries are ordinal string ranges on paths; PostgreSQL's default locale collation
    // would order '/' differently and refuse to use the index for them.
    private static void UseOrdinalCollationForPaths(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(string) && property.Name is "Path" or "OrgPath" or "ExistingPath" or "ClaimingPath" or "Code" or "AssignedPath" or "PathPrefix" or "HandlingPath")
                {
                    property.SetCollation("C");
                }
            }
        }
    }
}
