using Linli.Core.Common;
using Linli.Core.Features.Admission;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Admission;

/// <summary>/api/v1/admission/requests: file, track, withdraw; review opinions, decision, revocation; attachments.</summary>
public static class AdmissionApi
{
    public sealed record FileRequest(string? Kind, string? Title, string? Content, string? TargetUnitCode, IReadOnlyList<string>? CommunityCodes, string? Frequency,
        int? TimesPerYear, DateOnly? StartDate, DateOnly? EndDate, decimal? HoursPerCommunity, int? PeopleProvided, decimal? FundsAmount, string? Authority);

    public sealed record OpinionRequest(string? Vote, string? Comment);

    public sealed record DecisionRequest(DateOnly? ValidFrom, DateOnly? ValidTo, string? Conditions, string? Reasons, string? CapOverrideReason);

    public sealed record RevokeRequest(string? Reason);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admission/requests").WithTags("Admission");
        group.MapGet("", async (CurrentCaller current, AdmissionQueries queries, CancellationToken ct) =>
            Results.Ok((await queries.RequestsAsync(current.Value!, ct)).Select(r => new
            {
                r.Id, r.Title, kind = r.Kind.ToString(), kindName = AdmissionKindNames.Of(r.Kind).ToString(), r.DepartmentName, r.TargetName, r.Communities,
                status = r.Status.ToString(), statusName = AdmissionStatusNames.Of(r.Status).ToString(), r.FiledAt, r.AdmissionNumber, r.ValidFrom, r.ValidTo,
            })))
            .WithSummary("准入申请列表（部门看本部门的，审核组看待审的）/ admission requests the caller may see");

        group.MapGet("/{id:long}", async (long id, CurrentCaller current, AdmissionQueries queries, CancellationToken ct) =>
            ApiResults.From(await queries.RequestAsync(current.Value!, id, ct), d => Results.Ok(AdmissionJson.Detail(d))))
            .WithSummary("准入申请详情：自动提示、清单比对、审核意见 / a request with flags, list matches and opinions");

        group.MapPost("", async (JsonBody<FileRequest> json, CurrentCaller current, FileAdmissionRequest file, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            var kind = AdmissionKindNames.Parse(b.Kind);
            if (kind is null && !string.IsNullOrWhiteSpace(b.Kind))
            {
                return ApiResults.Problem(Failure.Invalid("kind", $"事项类型“{b.Kind}”无效", $"Unknown kind \"{b.Kind}\""));
            }
            var result = await file.HandleAsync(current.Value!, new(kind, b.Title, b.Content, b.TargetUnitCode, b.CommunityCodes, b.Frequency, b.TimesPerYear,
                b.StartDate, b.EndDate, b.HoursPerCommunity, b.PeopleProvided, b.FundsAmount, b.Authority), ct);
            return ApiResults.From(result, r => Results.Created($"/api/v1/admission/requests/{r.Id}", new { r.Id, status = r.Status.ToString() }));
        }).WithSummary("职能部门提交准入申请 / a department files a request");

        group.MapPost("/{id:long}/withdraw", async (long id, CurrentCaller current, WithdrawAdmissionRequest withdraw, CancellationToken ct) =>
            ApiResults.From(await withdraw.HandleAsync(current.Value!, id, ct), r => Results.Ok(new { r.Id, status = r.Status.ToString() })))
            .WithSummary("撤回待审核的申请 / withdraw a request under review");

        group.MapPost("/{id:long}/opinions", async (long id, JsonBody<OpinionRequest> json, CurrentCaller current, RecordOpinion record, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            Vote? vote = Enum.TryParse<Vote>(json.Body.Vote, ignoreCase: true, out var v) && Enum.IsDefined(v) && !int.TryParse(json.Body.Vote, out _) ? v : null;
            return ApiResults.From(await record.HandleAsync(current.Value!, id, vote, json.Body.Comment, ct), o => Results.Ok(new { o.Id, vote = o.Vote.ToString() }));
        }).WithSummary("审核组成员发表意见（Approve / ApproveWithConditions / Reject）/ a member records an opinion");

        group.MapPost("/{id:long}/decision", async (long id, JsonBody<DecisionRequest> json, CurrentCaller current, DecideAdmission decide, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            return ApiResults.From(await decide.HandleAsync(current.Value!, id, new(b.ValidFrom, b.ValidTo, b.Conditions, b.Reasons, b.CapOverrideReason), ct),
                r => Results.Ok(new { r.Id, status = r.Status.ToString(), r.AdmissionNumber, r.ValidFrom, r.ValidTo, r.Conditions, r.Reasons }));
        }).WithSummary("组长按议事规则作出决定；准入的获得编号和有效期 / the chair decides by the group's rule");

        group.MapPost("/{id:long}/revoke", async (long id, JsonBody<RevokeRequest> json, CurrentCaller current, RevokeAdmission revoke, CancellationToken ct) =>
            json.Failure is { } malformed ? ApiResults.Problem(malformed)
                : ApiResults.From(await revoke.HandleAsync(current.Value!, id, json.Body.Reason, ct), r => Results.Ok(new { r.Id, status = r.Status.ToString() })))
            .WithSummary("撤销准入（此后不得再据此下派任务）/ revoke an admission");

        group.MapPost("/{id:long}/attachments", async (long id, HttpRequest http, CurrentCaller current, AttachmentStore store, CancellationToken ct) =>
        {
            var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files is { Count: > 0 } files ? files[0] : null : null;
            if (file is null)
            {
                return ApiResults.Problem(Failure.Invalid("file", "请以 multipart/form-data 上传一个附件", "Upload one file as multipart/form-data"));
            }
            await using var stream = file.OpenReadStream();
            return ApiResults.From(await store.AddAsync(current.Value!, id, file.FileName, stream, file.Length, ct),
                a => Results.Created($"/api/v1/admission/requests/{id}/attachments/{a.Id}", new { a.Id, a.FileName, a.Size }));
        }).DisableAntiforgery().WithSummary("上传附件（PDF/docx/xlsx/JPG/PNG，不超过10MB）/ attach a file");

        group.MapGet("/{id:long}/attachments/{attachmentId:long}", async (long id, long attachmentId, CurrentCaller current, AttachmentStore store, CancellationToken ct) =>
            ApiResults.From(await store.OpenAsync(current.Value!, id, attachmentId, ct), a => Results.File(a.FilePath, a.Attachment.ContentType, a.Attachment.FileName)))
            .WithSummary("下载附件 / download an attachment");
    }
}
