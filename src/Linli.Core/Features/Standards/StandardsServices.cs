using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Standards;

public static class StandardsServices
{
    public static IServiceCollection AddLinliStandards(this IServiceCollection services) => services
        .AddScoped<StandardResolver>()
        .AddScoped<SetStandard>()
        .AddScoped<Staffing.StaffingGapQuery>()
        .AddScoped<Workers.SaveWorker>()
        .AddScoped<Workers.RecordLeave>()
        .AddScoped<Workers.WorkerRoster>()
        .AddScoped<Workers.ImportWorkers>()
        .AddScoped<Workers.ExportWorkers>();
}
