using Linli.Core.Common;
using Linli.Core.Features.Hierarchy;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Hierarchy;

/// <summary>The org tree under /api/v1: browse with counts, profile, and the structure below a committee.</summary>
public static class HierarchyEndpoints
{
    public sealed record NameRequest(string? Name);
    public sealed record BuildingRequest(string? Name, long? EstateId);

    public static void Map(RouteGroupBuilder group)
    {
        var units = group.MapGroup("/org-units").WithTags("Organization");
        units.MapGet("/{id:long}", async (long id, CurrentCaller current, OrgNodeQuery query, CancellationToken ct) =>
                ApiResults.From(await query.HandleAsync(current.Value!, id, ct), node => Results.Ok(HierarchyResponses.Node(node))))
            .WithSummary("组织节点及下级（含户数、人数） / an org unit with its children and their counts");
        units.MapGet("/{id:long}/profile", async (long id, CurrentCaller current, UnitProfileQuery query, CancellationToken ct) =>
                ApiResults.From(await query.HandleAsync(current.Value!, id, ct), profile => Results.Ok(HierarchyResponses.Profile(profile))))
            .WithSummary("组织概况：户数、人数、居住类型、重点人群、年龄段、性别 / unit profile");
        units.MapPost("/{id:long}/grids", async (long id, JsonBody<NameRequest> json, CurrentCaller current, CreateGrid create, CancellationToken ct) =>
                json.Failure is { } malformed ? ApiResults.Problem(malformed) : Created(await create.HandleAsync(current.Value!, id, json.Body.Name, ct)))
            .WithSummary("在社区下新建网格 / create a grid in a community");
        units.MapPost("/{id:long}/buildings", async (long id, JsonBody<BuildingRequest> json, CurrentCaller current, CreateBuilding create, CancellationToken ct) =>
                json.Failure is { } malformed ? ApiResults.Problem(malformed) : Created(await create.HandleAsync(current.Value!, id, json.Body.Name, json.Body.EstateId, ct)))
            .WithSummary("在社区或网格下新建楼栋（可属某小区） / create a building in a community or grid");
        units.MapPost("/{id:long}/estates", async (long id, JsonBody<NameRequest> json, CurrentCaller current, CreateEstate create, CancellationToken ct) =>
                json.Failure is { } malformed ? ApiResults.Problem(malformed) : ApiResults.From(await create.HandleAsync(current.Value!, id, json.Body.Name, ct), e => Results.Created($"/api/v1/estates/{e.Id}", HierarchyResponses.Estate(e))))
            .WithSummary("在社区下新建小区 / create an estate in a community");
        units.MapPatch("/{id:long}", async (long id, JsonBody<NameRequest> json, CurrentCaller current, RenameUnit rename, CancellationToken ct) =>
                json.Failure is { } malformed ? ApiResults.Problem(malformed) : ApiResults.From(await rename.HandleAsync(current.Value!, id, json.Body.Name, ct), u => Results.Ok(HierarchyResponses.Unit(OrgNodeQuery.Summarize(u)))))
            .WithSummary("重命名网格或楼栋 / rename a grid or building");
        group.MapPatch("/estates/{id:long}", async (long id, JsonBody<NameRequest> json, CurrentCaller current, RenameEstate rename, CancellationToken ct) =>
                json.Failure is { } malformed ? ApiResults.Problem(malformed) : ApiResults.From(await rename.HandleAsync(current.Value!, id, json.Body.Name, ct), e => Results.Ok(HierarchyResponses.Estate(e))))
            .WithTags("Organization")
            .WithSummary("重命名小区 / rename an estate");
    }

    private static IResult Created(Result<OrgUnit> result) =>
        ApiResults.From(result, u => Results.Created($"/api/v1/org-units/{u.Id}", HierarchyResponses.Unit(OrgNodeQuery.Summarize(u))));
}
