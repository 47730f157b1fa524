using System.Text.Json;
using Linli.Core.Common;
using Linli.Core.Features.Catalogue;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Catalogue;

/// <summary>/api/v1/applications: window intake, the queue of your area, details and moves with Version, disclosure.</summary>
public static class ApplicationsApi
{
    public sealed record CreateBody(string? Item, string? Community, Dictionary<string, JsonElement>? Answers);

    public sealed record MoveBody(string? Action, int? Version, string? Note);

    public sealed record DiscloseBody(string? Field, string? Purpose);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications").WithTags("Catalogue");
        group.MapPost("", async (JsonBody<CreateBody> json, CurrentCaller current, SubmitApplication submit, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            var answers = b.Answers?.ToDictionary(kv => kv.Key, kv => AnswerText(kv.Value));
            var result = await submit.HandleAsync(current.Value!, new(b.Item, b.Community, answers), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : Results.Json(new
            {
                result.Value!.Application.Id, result.Value.Application.TrackingNumber, verificationCode = result.Value.VerificationCode,
                result.Value.Application.Status, result.Value.Application.DueAt, result.Value.Application.Version,
            }, CatalogueJson.Options, statusCode: StatusCodes.Status201Created);
        }).WithSummary("窗口受理办件（逐项校验，任一项不合格则不保存）/ take an application in at the window (every answer checked; nothing saved on error)");

        group.MapGet("", async (CurrentCaller current, ApplicationList list, string? item, string? status, bool? overdue, int? page, int? pageSize, CancellationToken ct) =>
            RegistryJson.From(await list.HandleAsync(current.Value!, new(item, status, overdue ?? false, page ?? 1, pageSize ?? 50), ct),
                p => new { p.Total, p.Page, p.PageSize, rows = p.Rows.Select(CatalogueJsonShapes.Row) }))
            .WithSummary("办件列表（本辖区；超期在前）/ applications in your area, overdue first");

        group.MapGet("/{id:long}", async (long id, CurrentCaller current, ApplicationDetails details, CancellationToken ct) =>
            RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), CatalogueJsonShapes.View))
            .WithSummary("办件详情（证件号、电话脱敏）、办理经过与可执行操作 / an application (numbers masked), its history and your moves");

        group.MapPost("/{id:long}/transitions", async (long id, JsonBody<MoveBody> json, CurrentCaller current, TransitionApplication move, ApplicationDetails details, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            if (ApplicationNames.ParseAction(json.Body.Action) is not { } action)
            {
                return ApiResults.Problem(Failure.Invalid("action", $"操作“{json.Body.Action}”不存在（如 accept、approve 或 受理）", $"Unknown action “{json.Body.Action}” (e.g. accept, approve)"));
            }
            if (json.Body.Version is not { } version)
            {
                return ApiResults.Problem(Failure.Invalid("version", "请带上读取时的 version", "Send the version you read"));
            }
            var result = await move.HandleAsync(current.Value!, new(id, action, version, json.Body.Note), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), CatalogueJsonShapes.View);
        }).WithSummary("办理操作（受理、告知补正、补正提交、办结、不予受理；需带 version，冲突返回 409）/ a move (send the version; 409 on conflict)");

        group.MapPost("/{id:long}/disclose", async (long id, JsonBody<DiscloseBody> json, CurrentCaller current, DiscloseApplicationAnswer disclose, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : RegistryJson.From(await disclose.HandleAsync(current.Value!, id, json.Body.Field, json.Body.Purpose, ct), value => new { value }))
            .WithSummary("查看完整证件号或电话（须填事由，记入审计日志）/ disclose an ID or phone answer for a stated purpose (audited)");
    }

    /// <summary>Answers may come as JSON strings, numbers or booleans; the field's rules judge the text.</summary>
    private static string? AnswerText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
