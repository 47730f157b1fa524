using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>An application as the window form, the public page or the API sends it: codes, and answers by field key.</summary>
public sealed record ApplicationDraft(string? ItemCode, string? CommunityCode, IReadOnlyDictionary<string, string?>? Answers);

public sealed record SubmittedApplication(ServiceApplication Application, string VerificationCode);

/// <summary>
/// Takes an application in: the item must be active, the applicant's community real (and inside the
/// staff member's area at the window), every answer valid; otherwise nothing is written. ID and
/// phone answers are encrypted and masked; the due time is the item's limit in working days on the
/// work calendar; the handling unit is the community, its street or its district by the item's
/// level, or the item's fixed unit. <paramref name="caller"/> null is the public page (no account).
/// </summary>
public sealed class SubmitApplication(LinliDb db, FieldProtector protector, TimeProvider clock)
{
    public async Task<Result<SubmittedApplication>> HandleAsync(Caller? caller, ApplicationDraft draft, CancellationToken ct = default)
    {
        if (caller is not null && !ApplicationWorkflow.Handles(caller.Role))
        {
            return Failure.Forbidden("当前角色不能受理办件", "Your role may not take applications in");
        }
        var item = await new CatalogueQueries(db).GetAsync(draft.ItemCode, ct: ct);
        if (!item.Ok)
        {
            return Failure.Invalid("item", "请选择要办理的事项", "Choose the service to apply for");
        }
        var code = draft.CommunityCode?.Trim() ?? "";
        var community = code.Length == 0 ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code && o.Kind == OrgUnitKind.Community, ct);
        if (community is null || (caller is not null && !caller.CanSee(community.Path)))
        {
            return Failure.Invalid("community", "请选择申请人所在社区（须在您的管辖范围内）", "Choose the applicant's community (within your area)");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var answers = AnswerRules.Check(item.Value!.Fields, draft.Answers, WorkCalendar.LocalDate(now));
        if (!answers.Ok)
        {
            return answers.Failure!;
        }
        var handler = await HandlerAsync(item.Value, community, ct);
        if (handler is null)
        {
            return Failure.Invalid("community", "找不到该事项的承办单位，请联系管理员", "No handling unit found for this service; contact an administrator");
        }
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        var number = await ApplicationNumbers.NextAsync(db, now, ct);
        var verification = TrackingNumbers.NewVerificationCode();
        var application = new ServiceApplication
        {
            TrackingNumber = number,
            VerificationHash = TrackingNumbers.HashCode(protector, number, verification),
            ItemId = item.Value.Id,
            Channel = caller is null ? ApplicationChannel.Web : ApplicationChannel.Window,
            CommunityId = community.Id,
            Path = community.Path,
            HandlingUnitId = handler.Id,
            HandlingPath = handler.Path,
            Answers = [.. answers.Value!.Select(Store)],
            SubmittedAt = now,
            DueAt = calendar.AddWorkingDays(now, item.Value.TimeLimitDays),
            CreatedBy = caller?.UserId,
            UpdatedAt = now,
        };
        application.History.Add(new ApplicationTransition
        {
            At = now,
            Action = ApplicationAction.Submit,
            To = ApplicationStatus.Submitted,
            ActorId = caller?.UserId,
            ActorName = caller?.Name ?? "居民网上申请 / resident online",
            Note = caller is null ? "网上申请" : "窗口受理录入",
        });
        db.ServiceApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return new SubmittedApplication(application, verification);
    }

    /// <summary>The item's fixed unit, or the unit of the item's level on the community's path.</summary>
    public async Task<OrgUnit?> HandlerAsync(CatalogueItem item, OrgUnit community, CancellationToken ct)
    {
        if (item.FixedUnitId is { } fixedId)
        {
            return await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == fixedId, ct);
        }
        var path = HandlerPath(item.Level, community.Path);
        return path == community.Path ? community : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Path == path, ct);
    }

    /// <summary>The path of the community's ancestor at <paramref name="level"/>: a prefix of its path, one code per level.</summary>
    public static string HandlerPath(HandlingLevel level, string communityPath)
    {
        var segments = communityPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', segments.Take(Math.Min((int)level, segments.Length))) + "/";
    }

    private StoredAnswer Store(CheckedAnswer answer) => answer.Value is { } value && answer.Field.Type.IsProtected()
        ? new(answer.Field.Key, answer.Field.Type == FieldType.IdNumber ? Mask.IdNumber(value) : Mask.Phone(value), Convert.ToBase64String(protector.Encrypt(value)))
        : new(answer.Field.Key, answer.Value);
}
