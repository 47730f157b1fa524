using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Companies;
using Linli.Core.Features.Requests;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Companies;

/// <summary>
/// /api/v1/service-companies (registry, ratings, staff accounts), /api/v1/requests/{id}/route-to-company
/// (dispatchers) and /api/v1/company/requests (the company staff's own queue).
/// </summary>
public static class CompaniesApi
{
    public sealed record PriceBody(string? Item, string? Unit, decimal? PriceYuan);

    public sealed record CompanyBody(string? Name, string? Contact, List<string>? Categories, List<string>? Areas, List<PriceBody>? Prices, bool? Active, int? Version);

    public sealed record UserBody(string? UserName, string? DisplayName, string? Password);

    public sealed record RouteBody(long? CompanyId, int? Version, string? Note);

    public sealed record MoveBody(string? Action, int? Version, string? Note);

    public static void Map(RouteGroupBuilder api)
    {
        var registry = api.MapGroup("/service-companies").WithTags("Service companies");
        registry.MapGet("", async (CurrentCaller current, LinliDb db, CancellationToken ct) =>
            RegistryJson.Ok((await CompanyQueries.ListAsync(db, current.Value!, ct)).Select(Summary)))
            .WithSummary("加盟企业名录（服务本辖区的），含回访评价 / service companies serving your area, with their callback ratings");
        registry.MapPost("", async (JsonBody<CompanyBody> json, CurrentCaller current, SaveServiceCompany save, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await save.HandleAsync(current.Value!, null, Draft(json.Body), ct), c => Results.Json(new { c.Id, c.Name, c.Version }, statusCode: StatusCodes.Status201Created)))
            .WithSummary("登记加盟企业（民政局、街道）/ register a service company");
        registry.MapPut("/{id:long}", async (long id, JsonBody<CompanyBody> json, CurrentCaller current, SaveServiceCompany save, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await save.HandleAsync(current.Value!, id, Draft(json.Body), ct), c => Results.Json(new { c.Id, c.Name, c.Version })))
            .WithSummary("修改加盟企业（需带 version）/ update a service company (send the version)");
        registry.MapPost("/{id:long}/users", async (long id, JsonBody<UserBody> json, CurrentCaller current, AddCompanyUser add, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await add.HandleAsync(current.Value!, id, json.Body.UserName, json.Body.DisplayName, json.Body.Password, ct),
                    u => Results.Json(new { u.Id, u.UserName }, statusCode: StatusCodes.Status201Created)))
            .WithSummary("为加盟企业开设账号（角色：加盟企业）/ create a login for the company's staff");

        api.MapPost("/requests/{id:long}/route-to-company", async (long id, JsonBody<RouteBody> json, CurrentCaller current, RouteToCompany route, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            if (json.Body.CompanyId is not { } company || json.Body.Version is not { } version)
            {
                return ApiResults.Problem(Failure.Invalid(json.Body.CompanyId is null ? "companyId" : "version", "请选择加盟企业并带上读取时的 version", "Choose a company and send the version you read"));
            }
            return RegistryJson.From(await route.HandleAsync(current.Value!, new(id, company, version, json.Body.Note), ct),
                r => new { r.Id, r.TrackingNumber, r.Status, r.ServiceCompanyId, r.Version });
        }).WithTags("Service companies").WithSummary("派往加盟企业 / route a request to a service company");

        var queue = api.MapGroup("/company/requests").WithTags("Service companies");
        queue.MapGet("", async (bool? open, CurrentCaller current, CompanyWork requests, CancellationToken ct) =>
            RegistryJson.From(await requests.ListAsync(current.Value!, open ?? false, ct), rows => rows.Select(Row)))
            .WithSummary("本企业的诉求（仅加盟企业账号）/ your company's requests (company accounts only)");
        queue.MapGet("/{id:long}", async (long id, CurrentCaller current, CompanyWork requests, CancellationToken ct) =>
            RegistryJson.From(await requests.FindAsync(current.Value!, id, ct), Row));
        queue.MapPost("/{id:long}/transitions", async (long id, JsonBody<MoveBody> json, CurrentCaller current, CompanyWork requests, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            if (RequestActionNames.Parse(json.Body.Action) is not { } action)
            {
                return ApiResults.Problem(Failure.Invalid("action", $"操作“{json.Body.Action}”不存在（accept、start、resolve、return）", $"Unknown action “{json.Body.Action}” (accept, start, resolve, return)"));
            }
            if (json.Body.Version is not { } version)
            {
                return ApiResults.Problem(Failure.Invalid("version", "请带上读取时的 version", "Send the version you read"));
            }
            return RegistryJson.From(await requests.MoveAsync(current.Value!, id, action, version, json.Body.Note, ct),
                r => new { r.Id, r.TrackingNumber, r.Status, statusName = RequestStatusNames.Of(r.Status).ToString(), r.Version });
        }).WithSummary("签收、开始办理、办结、退回（需带 version）/ accept, start, resolve or return (send the version)");
    }

    private static CompanyDraft Draft(CompanyBody b) =>
        new(b.Name, b.Contact, b.Categories, b.Areas, b.Prices?.Select(p => new PriceLineDraft(p.Item, p.Unit, p.PriceYuan)).ToList(), b.Active ?? true, b.Version);

    private static object Summary(CompanySummary s) => new
    {
        s.Company.Id, s.Company.Name, s.Company.Contact, s.Company.Active, s.Company.Version, categories = s.CategoryCodes,
        areas = s.Company.Areas.Select(a => a.PathPrefix),
        prices = s.Company.Prices.OrderBy(p => p.Id).Select(p => new { p.Item, p.Unit, priceYuan = p.PriceFen / 100m }),
        rating = new
        {
            s.Rating.Requests, s.Rating.Open, s.Rating.Reached, s.Rating.Resolved, s.Rating.Satisfied,
            s.Rating.ResolutionRate, s.Rating.SatisfactionRate,
            definition = "解决率 = 回访联系上且表示已解决的件数 ÷ 回访联系上的件数；满意率同理 / resolved (satisfied) ÷ callbacks that reached the resident",
        },
    };

    private static object Row(CompanyRequestRow r) => new
    {
        r.Id, r.TrackingNumber, r.Status, statusName = RequestStatusNames.Of(r.Status).ToString(),
        categoryName = new Bilingual(r.CategoryZh, r.CategoryEn).ToString(), r.Description, r.Address, r.ContactName, phone = r.PhoneMasked,
        r.ReceivedAt, r.ResolutionDueAt, r.Version,
    };
}
