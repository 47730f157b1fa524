using Linli.Core.Features.Reports.Survey;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Reports;

public static class ReportsServices
{
    public static IServiceCollection AddLinliReports(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SurveyOptions>().Bind(config.GetSection(SurveyOptions.Section))
            .Validate(o => o.IsValid, $"{SurveyOptions.Section}: PopulationBands and FacilityAreaBands must be rising whole numbers separated by commas, e.g. \"10000,20000,30000\"")
            .ValidateOnStart();
        return services
            .AddScoped<SurveyQuery>()
            .AddScoped<SurveyEvidenceQuery>();
    }
}
