using Linli.Core.Features.Registry;
using Linli.Features.Accounts;
using Linli.Features.Api;

namespace Linli.Features.Residents;

/// <summary>/api/v1/households: open a household, read and edit it, register a member.</summary>
public static class HouseholdsApi
{
    public sealed record CreateRequest(string? CommunityCode, string? Grid, string? Estate, string? Building, string? Entrance, string? Room, string? HousingStatus);

    public sealed record EditRequest(int Version, string? Entrance, string? Room, string? HousingStatus, long? HeadResidentId);

    public sealed record MemberRequest(string? Name, string? DocumentType, string? DocumentNumber, string? Phone, string? ResidenceType, string? RelationToHead,
        IReadOnlyList<ResidentTagInput>? Tags, bool MoveIn = false, DateOnly? EffectiveDate = null, string? Note = null);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/households").WithTags("Households");
        group.MapGet("/{id:long}", async (long id, CurrentCaller current, HouseholdDetails details, CancellationToken ct) =>
            RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), d => d))
            .WithSummary("户详情 / household");

        group.MapPost("", async (JsonBody<CreateRequest> json, CurrentCaller current, CreateHousehold create, HouseholdDetails details, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var body = json.Body;
            var housing = RegistryInput.HousingStatus(body.HousingStatus);
            if (housing.Failure is { } bad)
            {
                return ApiResults.Problem(bad);
            }
            var created = await create.HandleAsync(current.Value!, new(body.CommunityCode, body.Grid, body.Estate, body.Building, body.Entrance, body.Room, housing.Value ?? HousingStatus.Owner), ct);
            if (created.Failure is { } failure)
            {
                return ApiResults.Problem(failure);
            }
            var read = await details.HandleAsync(current.Value!, created.Value!.Id, ct);
            return Results.Created($"/api/v1/households/{created.Value.Id}", read.Value);
        }).WithSummary("新建户（地址在本社区内）/ open a household");

        group.MapMethods("/{id:long}", ["PATCH"], async (long id, JsonBody<EditRequest> json, CurrentCaller current, EditHousehold edit, HouseholdDetails details, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var body = json.Body;
            var housing = RegistryInput.HousingStatus(body.HousingStatus);
            if (housing.Failure is { } bad)
            {
                return ApiResults.Problem(bad);
            }
            var result = await edit.HandleAsync(current.Value!, new(id, body.Version, body.Entrance, body.Room, housing.Value, body.HeadResidentId), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), d => d);
        }).WithSummary("修改户信息（需带 version）/ edit a household");

        group.MapPost("/{id:long}/members", async (long id, JsonBody<MemberRequest> json, CurrentCaller current, RegisterResident register, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var body = json.Body;
            var residence = RegistryInput.ResidenceType(body.ResidenceType);
            var document = RegistryInput.DocumentType(body.DocumentType);
            if ((residence.Failure ?? document.Failure) is { } bad)
            {
                return ApiResults.Problem(bad);
            }
            var draft = new ResidentDraft(body.Name ?? "", document.Value ?? Core.Features.Registry.Documents.DocumentType.ResidentIdCard, body.DocumentNumber ?? "", body.Phone,
                residence.Value ?? ResidenceType.Registered, body.RelationToHead ?? "", body.Tags ?? []);
            var result = await register.HandleAsync(current.Value!, new(id, draft, body.MoveIn, body.EffectiveDate, body.Note), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : Results.Created($"/api/v1/residents/{result.Value!.Id}", new { id = result.Value.Id });
        }).WithSummary("登记/迁入一名成员 / register a member");
    }
}
