using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Hierarchy;

public static class HierarchyServices
{
    /// <summary>Browsing the org tree and setting up grids, estates and buildings below a committee.</summary>
    public static IServiceCollection AddLinliHierarchy(this IServiceCollection services) => services
        .AddScoped<OrgNodeQuery>()
        .AddScoped<UnitProfileQuery>()
        .AddScoped<StructureQuery>()
        .AddScoped<CreateGrid>()
        .AddScoped<CreateEstate>()
        .AddScoped<CreateBuilding>()
        .AddScoped<RenameUnit>()
        .AddScoped<RenameEstate>();
}
