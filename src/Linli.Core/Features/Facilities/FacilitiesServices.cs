using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Facilities;

public static class FacilitiesServices
{
    /// <summary>Facilities, new estates, funding, wages, social organizations and committee figures (issue 3, second increment).</summary>
    public static IServiceCollection AddLinliFacilities(this IServiceCollection services) => services
        .AddScoped<FacilityFigures>()
        .AddScoped<FacilityRecords>()
        .AddScoped<CommunityLedger>()
        .AddScoped<EstateRecords>()
        .AddScoped<Funding.UnitSettings>()
        .AddScoped<SaveServiceRoom>()
        .AddScoped<SaveCommunitySite>()
        .AddScoped<ImportFacilities>()
        .AddScoped<ExportFacilities>()
        .AddScoped<SaveEstateHandover>()
        .AddScoped<Funding.SaveBudgetLine>()
        .AddScoped<Funding.SaveFundingFormula>()
        .AddScoped<Wages.SaveLocalWage>()
        .AddScoped<SocialOrgs.SaveSocialOrganization>()
        .AddScoped<EstateFigures>()
        .AddScoped<Funding.FundingFigures>()
        .AddScoped<Wages.PayFigures>()
        .AddScoped<SocialOrgs.SocialOrgFigures>()
        .AddScoped<Staffing.CommitteeFigures>();
}
