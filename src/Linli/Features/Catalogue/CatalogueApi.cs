using Linli.Core.Common;
using Linli.Core.Features.Catalogue;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Catalogue;

/// <summary>/api/v1/catalogue: the service catalogue (public to read; SystemAdmin and CivilAffairs edit it).</summary>
public static class CatalogueApi
{
    public sealed record ItemBody(string? Code, string? NameZh, string? NameEn, string? GuideZh, string? GuideEn, HandlingLevel? Level, string? FixedUnitCode,
        int? TimeLimitDays, FeeClass? FeeClass, string? FeeNote, bool? Active, List<CatalogueMaterial>? Materials, List<CatalogueField>? Fields, int? Version);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/catalogue").WithTags("Catalogue");
        group.MapGet("", async (CatalogueQueries catalogue, bool? all, CurrentCaller current, CancellationToken ct) =>
            RegistryJson.Ok((await catalogue.ListAsync(all == true && current.Value is { } c && ApplicationWorkflow.EditsCatalogue(c.Role), ct)).Select(CatalogueJsonShapes.Item)))
            .AllowAnonymous()
            .WithSummary("办事指南事项列表（公开）/ the service catalogue (public)");

        group.MapGet("/{code}", async (string code, CatalogueQueries catalogue, CancellationToken ct) =>
            RegistryJson.From(await catalogue.GetAsync(code, ct: ct), CatalogueJsonShapes.Item))
            .AllowAnonymous()
            .WithSummary("一个事项：材料、时限、收费与申请表字段 / one item with its materials, limit, fee and form fields");

        group.MapPost("", async (JsonBody<ItemBody> json, CurrentCaller current, SaveCatalogueItem save, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : Created(await save.HandleAsync(current.Value!, null, null, Draft(json.Body), ct)))
            .WithSummary("新增事项（系统管理员、民政局）/ create an item (system admin, civil affairs)");

        group.MapPut("/{code}", async (string code, JsonBody<ItemBody> json, CurrentCaller current, SaveCatalogueItem save, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            if (json.Body.Version is not { } version)
            {
                return ApiResults.Problem(Failure.Invalid("version", "请带上读取时的 version", "Send the version you read"));
            }
            return RegistryJson.From(await save.HandleAsync(current.Value!, code, version, Draft(json.Body), ct), CatalogueJsonShapes.Item);
        }).WithSummary("修改事项（需带 version，冲突返回 409）/ update an item (send the version; 409 on conflict)");
    }

    private static IResult Created(Result<CatalogueItem> result) =>
        result.Failure is { } failure ? ApiResults.Problem(failure)
            : Results.Json(CatalogueJsonShapes.Item(result.Value!), CatalogueJson.Options, statusCode: StatusCodes.Status201Created);

    private static CatalogueDraft Draft(ItemBody b) => new(b.Code, b.NameZh, b.NameEn, b.GuideZh, b.GuideEn, b.Level ?? 0, b.FixedUnitCode,
        b.TimeLimitDays ?? 0, b.FeeClass ?? 0, b.FeeNote, b.Active ?? true, b.Materials, b.Fields);
}
