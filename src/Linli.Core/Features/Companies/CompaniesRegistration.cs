using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Companies;

public static class CompaniesRegistration
{
    public static IServiceCollection AddLinliCompanies(this IServiceCollection services) => services
        .AddScoped<SaveServiceCompany>()
        .AddScoped<RouteToCompany>()
        .AddScoped<CompanyWork>()
        .AddScoped<AddCompanyUser>();
}
