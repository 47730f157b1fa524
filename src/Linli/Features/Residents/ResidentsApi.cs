using Linli.Core.Features.Registry;
using Linli.Features.Accounts;
using Linli.Features.Api;

namespace Linli.Features.Residents;

/// <summary>/api/v1/residents: search (POST, so ID numbers never reach URLs or access logs), details, edit, disclosure, moves, history.</summary>
public static class ResidentsApi
{
    public sealed record SearchRequest(string? Name, string? DocumentNumber, string? Phone, bool IncludeInactive = false, int Page = 1, int PageSize = 20, bool NameContains = false);

    public sealed record EditRequest(int Version, string? Name, string? Phone, string? RelationToHead, string? ResidenceType, IReadOnlyList<ResidentTagInput>? Tags, string? DocumentType, string? DocumentNumber);

    public sealed record DiscloseRequest(string? Field, string? Purpose);

    public sealed record MoveRequest(long HouseholdId, string? RelationToHead, DateOnly? EffectiveDate, string? Note);

    public sealed record MoveOutRequest(DateOnly? Date, string? Destination, string? Note);

    public sealed record DeathRequest(DateOnly? Date, string? Note);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/residents").WithTags("Residents");
        group.MapPost("/search", async (JsonBody<SearchRequest> json, CurrentCaller current, ResidentSearch search, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed) : RegistryJson.From(await search.HandleAsync(current.Value!, new(json.Body.Name, json.Body.DocumentNumber, json.Body.Phone, json.Body.IncludeInactive, json.Body.Page, json.Body.PageSize, json.Body.NameContains), ct), page => page))
            .WithSummary("查找居民（姓名、证件号码、电话）/ search residents");

        group.MapGet("/{id:long}", async (long id, CurrentCaller current, ResidentDetails details, CancellationToken ct) =>
            RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), d => d))
            .WithSummary("居民详情（号码已遮蔽）/ resident, numbers masked");

        group.MapMethods("/{id:long}", ["PATCH"], async (long id, JsonBody<EditRequest> json, CurrentCaller current, EditResident edit, ResidentDetails details, CancellationToken ct) =>
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
            var result = await edit.HandleAsync(current.Value!, new(id, body.Version, body.Name, body.Phone, body.RelationToHead, residence.Value, body.Tags, document.Value, body.DocumentNumber), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), d => d);
        }).WithSummary("修改居民信息（需带 version）/ edit a resident (send the version you read)");

        group.MapPost("/{id:long}/disclose", async (long id, JsonBody<DiscloseRequest> json, CurrentCaller current, DiscloseResidentField disclose, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var body = json.Body;
            var field = body.Field?.Trim().ToLowerInvariant() switch
            {
                "documentnumber" or "document" or "证件号码" => DisclosedField.DocumentNumber,
                "phone" or "联系电话" => DisclosedField.Phone,
                _ => (DisclosedField?)null,
            };
            if (field is null)
            {
                return ApiResults.Problem(Core.Common.Failure.Invalid("field", "field 应为 documentNumber 或 phone", "field must be documentNumber or phone"));
            }
            return RegistryJson.From(await disclose.HandleAsync(current.Value!, new(id, field.Value, body.Purpose), ct), value => new { field = field.Value, value });
        }).WithSummary("查看完整号码（须填事由，记入审计日志）/ disclose a full number for a stated purpose (audited)");

        group.MapPost("/{id:long}/move", async (long id, JsonBody<MoveRequest> json, CurrentCaller current, MoveResidentToHousehold move, ResidentDetails details, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed) : await ThenDetailsAsync(await move.HandleAsync(current.Value!, new(id, json.Body.HouseholdId, json.Body.RelationToHead, json.Body.EffectiveDate, json.Body.Note), ct), current, details, id, ct))
            .WithSummary("迁至另一户 / move to another household");

        group.MapPost("/{id:long}/move-out", async (long id, JsonBody<MoveOutRequest> json, CurrentCaller current, MoveOutResident moveOut, ResidentDetails details, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed) : await ThenDetailsAsync(await moveOut.HandleAsync(current.Value!, new(id, json.Body.Date, json.Body.Destination, json.Body.Note), ct), current, details, id, ct))
            .WithSummary("迁出 / record a move-out");

        group.MapPost("/{id:long}/death", async (long id, JsonBody<DeathRequest> json, CurrentCaller current, RecordDeath death, ResidentDetails details, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed) : await ThenDetailsAsync(await death.HandleAsync(current.Value!, new(id, json.Body.Date, json.Body.Note), ct), current, details, id, ct))
            .WithSummary("死亡登记 / record a death");

        group.MapGet("/{id:long}/history", async (long id, CurrentCaller current, ResidentHistory history, CancellationToken ct) =>
            RegistryJson.From(await history.HandleAsync(current.Value!, id, ct), h => new
            {
                h.ResidentId,
                h.Name,
                items = h.Items.Select(i => new { i.At, title = i.Title.ToString(), i.Actor, i.EffectiveDate, i.Lines, source = i.FromAudit ? "audit" : "event" }),
            }))
            .WithSummary("居民履历（最新在前）/ history of a person, newest first");
    }

    private static async Task<IResult> ThenDetailsAsync<T>(Core.Common.Result<T> result, CurrentCaller current, ResidentDetails details, long id, CancellationToken ct) =>
        result.Failure is { } failure ? ApiResults.Problem(failure) : RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), d => d);
}
