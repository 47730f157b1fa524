using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Requests;

/// <summary>/api/v1/requests: intake from every channel, list, details, workflow moves with Version, callbacks, routing suggestion.</summary>
public static class RequestsApi
{
    public sealed record CreateBody(string? Channel, string? Category, string? Place, string? Description, string? ContactName, string? Phone,
        string? Address, double? Latitude, double? Longitude, bool NotifyOptIn = false, bool Route = false, string? RouteTo = null, string? Email = null, string? Language = null);

    public sealed record TransitionBody(string? Action, int? Version, string? Note, string? ToUnit, string? MergeInto);

    public sealed record CallbackBody(int? Version, bool? Reached, bool? Resolved, bool? Satisfied, string? Note);

    public sealed record DiscloseBody(string? Purpose);

    public sealed record PhoneBody(string? Phone);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/request-categories", async (LinliDb db, CancellationToken ct) =>
            RegistryJson.Ok(await db.RequestCategories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Code)
                .Select(c => new { c.Code, c.NameZh, c.NameEn, parent = c.Parent!.Code, c.DefaultTarget, c.ResponseHours, c.ResolutionDays })
                .ToListAsync(ct)))
            .WithTags("Requests").WithSummary("诉求类别（两级）与时限 / request categories with their limits");

        RatesApi.Map(api);
        RoutingRulesApi.Map(api);
        WorkloadApi.Map(api);
        var group = api.MapGroup("/requests").WithTags("Requests");
        group.MapPost("", async (JsonBody<CreateBody> json, CurrentCaller current, CreateRequest create, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            var channel = b.Channel is null ? RequestChannel.Api : RequestsJson.Channel(b.Channel);
            if (channel is null)
            {
                return ApiResults.Problem(Failure.Invalid("channel", "渠道应为 Window、Hotline、GridWorker 或 Api", "channel must be Window, Hotline, GridWorker or Api"));
            }
            var result = await create.HandleAsync(current.Value!, new(channel.Value, b.Category, b.Place, b.Description, b.ContactName, b.Phone,
                b.Address, b.Latitude, b.Longitude, b.NotifyOptIn, b.Route, b.RouteTo, b.Email, b.Language), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : Results.Json(new
            {
                result.Value!.Request.Id, result.Value.Request.TrackingNumber, verificationCode = result.Value.VerificationCode,
                status = result.Value.Request.Status.ToString(), result.Value.Request.ResponseDueAt, result.Value.Request.ResolutionDueAt,
                suggestedUnit = result.Value.Suggested?.Name, duplicateOf = result.Value.Duplicate?.TrackingNumber, result.Value.Request.Version,
            }, statusCode: StatusCodes.Status201Created);
        }).WithSummary("受理诉求（窗口、热线、网格员、API）；返回编号与查询码 / take a request in; returns its tracking number and verification code");

        group.MapGet("", async (CurrentCaller current, RequestList list, string? status, string? category, string? unit, bool? mine, bool? overdue,
            DateOnly? from, DateOnly? to, int? page, int? pageSize, string? handler, bool? exact, string? stage, long? company, CancellationToken ct) =>
            RegistryJson.From(await list.HandleAsync(current.Value!, new(status, category, unit, mine ?? false, overdue ?? false, from, to, null, page ?? 1, pageSize ?? 50,
                handler, exact ?? false, stage, company), ct),
                p => new { p.Total, p.Page, p.PageSize, rows = p.Rows.Select(RequestsJson.Row) }))
            .WithSummary("诉求列表（本辖区；超期在前）/ requests in your area, overdue first");

        // The caller's phone goes in the body, never in a URL or access log.
        group.MapPost("/by-phone", async (JsonBody<PhoneBody> json, CurrentCaller current, RequestList list, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : RegistryJson.From(await list.HandleAsync(current.Value!, new(Phone: string.IsNullOrWhiteSpace(json.Body.Phone) ? "-" : json.Body.Phone, PageSize: 20), ct),
                    p => new { p.Total, rows = p.Rows.Select(RequestsJson.Row) }))
            .WithSummary("按来电号码查历史诉求（电话放在请求体）/ past requests of a phone number");

        group.MapGet("/{id:long}", async (long id, CurrentCaller current, RequestDetails details, CancellationToken ct) =>
            RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), RequestsJson.View))
            .WithSummary("诉求详情、办理经过与可执行操作 / a request, its history and the actions you may take");

        group.MapPost("/{id:long}/transitions", async (long id, JsonBody<TransitionBody> json, CurrentCaller current, TransitionRequest transition, RequestDetails details, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            if (RequestActionNames.Parse(b.Action) is not { } action)
            {
                return ApiResults.Problem(Failure.Invalid("action", $"操作“{b.Action}”不存在（如 accept、resolve 或 签收）", $"Unknown action “{b.Action}” (e.g. accept, resolve)"));
            }
            if (b.Version is not { } version)
            {
                return ApiResults.Problem(Failure.Invalid("version", "请带上读取时的 version", "Send the version you read"));
            }
            var result = await transition.HandleAsync(current.Value!, new(id, action, version, b.Note, b.ToUnit, b.MergeInto), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), RequestsJson.View);
        }).WithSummary("办理操作（派单、签收、办结、退回、催办、升级、合并…；需带 version，冲突返回 409）/ a workflow move (send the version; 409 on conflict)");

        group.MapPost("/{id:long}/callbacks", async (long id, JsonBody<CallbackBody> json, CurrentCaller current, RecordCallback callback, RequestDetails details, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            if (b.Version is not { } version || b.Reached is not { } reached)
            {
                return ApiResults.Problem(Failure.Invalid(b.Version is null ? "version" : "reached", "请带上 version 并说明是否联系上居民（reached）", "Send the version and whether the resident was reached"));
            }
            var result = await callback.HandleAsync(current.Value!, new(id, version, reached, b.Resolved, b.Satisfied, b.Note), ct);
            return result.Failure is { } failure ? ApiResults.Problem(failure) : RegistryJson.From(await details.HandleAsync(current.Value!, id, ct), RequestsJson.View);
        }).WithSummary("回访（不满意即重办）/ record a callback (not satisfied reopens it)");

        group.MapGet("/{id:long}/attachments/{attachmentId:long}", async (long id, long attachmentId, CurrentCaller current, LinliDb db, Linli.Core.Common.LinliPaths paths, CancellationToken ct) =>
            await RequestPhotos.FindAsync(db, paths, current.Value!, id, attachmentId, ct) is { } found
                ? Results.File(found.File, found.Attachment.ContentType)
                : ApiResults.Problem(RequestQueries.NotFound))
            .WithSummary("诉求照片 / a request's photo");

        group.MapPost("/{id:long}/disclose-phone", async (long id, JsonBody<DiscloseBody> json, CurrentCaller current, DiscloseRequestPhone disclose, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : RegistryJson.From(await disclose.HandleAsync(current.Value!, id, json.Body.Purpose, ct), phone => new { phone }))
            .WithSummary("查看完整联系电话（须填事由，记入审计日志）/ disclose the phone for a stated purpose (audited)");
    }
}
