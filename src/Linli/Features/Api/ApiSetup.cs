using Linli.Features.Accounts;

namespace Linli.Features.Api;

/// <summary>REST API under /api/v1 with an OpenAPI document (/openapi/v1.json) and Swagger UI (/api/docs).</summary>
public static class ApiSetup
{
    public static IServiceCollection AddLinliApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "邻里 Linli API";
            document.Info.Description = "社区治理与服务平台接口。先用 POST /api/v1/auth/token 取得令牌，再以 Authorization: Bearer 令牌 调用。错误以 ProblemDetails 返回，detail 为中文（?culture=en 为英文）。";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = UnsupportedMediaType.Describe);
        QueryBindingFailures.AddTo(services);
        return services;
    }

    public static void MapLinliApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Linli API v1");
            o.DocumentTitle = "邻里 Linli API";
        });
        app.MapHealth();

        var v1 = app.MapGroup("/api/v1");
        v1.MapTokenEndpoint();
        var secured = v1.MapGroup("").RequireAuthorization();
        foreach (var map in Endpoints)
        {
            map(secured);
        }
    }

    /// <summary>Each feature adds its endpoints here.</summary>
    private static readonly List<Action<RouteGroupBuilder>> Endpoints =
    [
        MeEndpoint.Map,
        Audit.AuditEndpoints.Map,
        Audit.AuditExport.Map,
        Residents.RegistryApi.Map,
        Hierarchy.HierarchyEndpoints.Map,
        Import.ImportEndpoints.Map,
        Standards.StandardsEndpoints.Map,
        Companies.CompaniesApi.Map,
        Requests.RequestsApi.Map,
        Facilities.FacilitiesEndpoints.Map,
        Reports.ReportsEndpoints.Map,
        Admission.AdmissionWeb.MapApi,
        Notifications.NotificationsWeb.MapApi,
        Catalogue.CatalogueWeb.MapApi,
    ];
}
