using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Registry;

public static class RegistryServices
{
    /// <summary>The registry's search, detail, edit, move and conflict use cases.</summary>
    public static IServiceCollection AddLinliResidents(this IServiceCollection services)
    {
        services.AddScoped<ResidentSearch>();
        services.AddScoped<ResidentDetails>();
        services.AddScoped<DiscloseResidentField>();
        services.AddScoped<EditResident>();
        services.AddScoped<CreateHousehold>();
        services.AddScoped<EditHousehold>();
        services.AddScoped<HouseholdDetails>();
        services.AddScoped<MoveResidentToHousehold>();
        services.AddScoped<MoveOutResident>();
        services.AddScoped<RecordDeath>();
        services.AddScoped<ResidentHistory>();
        services.AddScoped<IdentityConflictList>();
        services.AddScoped<ResolveIdentityConflict>();
        return services;
    }
}
