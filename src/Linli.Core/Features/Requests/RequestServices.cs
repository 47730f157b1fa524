using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Requests;

public static class RequestServices
{
    public static IServiceCollection AddLinliRequests(this IServiceCollection services, IConfiguration config) => services
        .AddSingleton(RequestOptions.From(config))
        .AddSingleton(new TrackingNumberBlocks(config.GetValue("Requests:NumberBlock", TrackingNumberBlocks.DefaultBlockSize)))
        .AddSingleton<RequestReferenceCache>()
        .AddScoped<RequestReferenceCache.Invalidation>()
        .ConfigureDbContext<Data.LinliDb>((sp, options) => options.AddInterceptors(sp.GetRequiredService<RequestReferenceCache.Invalidation>()))
        .AddScoped<RoutingSuggestion>()
        .AddScoped<RequestUnitOptions>()
        .AddScoped<CreateRequest>()
        .AddScoped<RequestList>()
        .AddScoped<RequestDetails>()
        .AddScoped<TransitionRequest>()
        .AddScoped<RecordCallback>()
        .AddScoped<SweepDeadlines>()
        .AddScoped<RatesQuery>()
        .AddScoped<RatesExport>()
        .AddScoped<SeedDemoRequests>()
        .AddScoped<TrackLookupLimits>()
        .AddScoped<TrackRequest>()
        .AddScoped<DiscloseRequestPhone>();
}
