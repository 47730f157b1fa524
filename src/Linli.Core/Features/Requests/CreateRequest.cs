using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>What an intake form or API call sends. Codes, not ids: they are what staff read and other systems hold.</summary>
public sealed record RequestDraft(
    RequestChannel Channel,
    string? CategoryCode,
    string? PlaceCode,
    string? Description,
    string? ContactName = null,
    string? Phone = null,
    string? Address = null,
    double? Latitude = null,
    double? Longitude = null,
    bool NotifyOptIn = false,
    bool Route = false,
    string? RouteToCode = null,
    string? ContactEmail = null,
    string? Language = null);

public sealed record CreatedRequest(ServiceRequest Request, string VerificationCode, RouteTarget? Suggested, ServiceRequest? Duplicate);

public sealed record IntakePreview(RouteTarget? Suggested, ServiceRequest? Duplicate);

/// <summary>
/// Takes a request in from any channel: validates every field (nothing is written on bad input),
/// numbers it, sets its deadlines on the working-day calendar, proposes an open duplicate for
/// merging, and — when a dispatcher asks for it — routes it at once to the suggested or chosen unit.
/// <paramref name="caller"/> is null for the resident portal, which may only use the Web channel.
/// </summary>
public sealed class CreateRequest(LinliDb db, FieldProtector protector, TimeProvider clock, RoutingSuggestion routing, RequestOptions options, LinliPaths paths,
    TrackingNumberBlocks? numbers = null, RequestReferenceCache? referenceCache = null)
{
    // Without the shared cache (a use case built by hand): reference data read once per instance.
    private readonly RequestReferenceCache _reference = referenceCache ?? new RequestReferenceCache();

    public const int MinDescription = 5;
    public const int MaxDescription = 2000;

    public async Task<Result<CreatedRequest>> HandleAsync(Caller? caller, RequestDraft draft, CancellationToken ct = default) =>
        await HandleAsync(caller, draft, null, ct);

    /// <summary>With a grid worker's photo: checked with everything else before anything is written.</summary>
    public async Task<Result<CreatedRequest>> HandleAsync(Caller? caller, RequestDraft draft, PhotoUpload? photo, CancellationToken ct = default)
    {
        if (caller is null ? draft.Channel != RequestChannel.Web : draft.Channel == RequestChannel.Web || !Enum.IsDefined(draft.Channel))
        {
            return Failure.Invalid("channel", "受理渠道不正确（网站渠道仅供居民自助提交）", "Invalid channel (the web channel is for the resident portal only)");
        }
        if (caller?.Role is Role.SystemAdmin)
        {
            return Failure.Forbidden("系统管理员不能受理诉求", "System administrators may not take requests in");
        }
        var category = await CategoryAsync(draft.CategoryCode, ct);
        if (!category.Ok)
        {
            return category.Failure!;
        }
        var place = await PlaceAsync(caller, draft.PlaceCode, ct);
        if (!place.Ok)
        {
            return place.Failure!;
        }
        var fields = CheckFields(draft);
        if (fields is not null)
        {
            return fields;
        }
        var phone = NormalizedPhone(draft);
        if (!phone.Ok)
        {
            return phone.Failure!;
        }
        var email = Notifications.ContactEmail.Normalize(draft.ContactEmail);
        if (!email.Ok)
        {
            return email.Failure!;
        }
        if (photo is not null && RequestPhotos.Check(photo) is { } badPhoto)
        {
            return badPhoto;
        }
        RouteTarget? chosen = null;
        if (draft.Route)
        {
            if (caller is null || !RequestWorkflow.Dispatchers.Contains(caller.Role))
            {
                return Failure.Forbidden("当前角色不能派单", "Your role may not route requests");
            }
            if (!string.IsNullOrWhiteSpace(draft.RouteToCode))
            {
                var target = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == draft.RouteToCode.Trim(), ct);
                if (target is null || !caller.CanSee(target.Path))
                {
                    return Failure.Invalid("routeTo", "派往单位不存在或不在您的管辖范围内", "The target unit does not exist or is outside your area");
                }
                chosen = new(target.Id, target.Path, target.Name, new("人工指定", "Chosen by staff"));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = (await _reference.GetAsync(db, ct)).Calendar;
        var suggested = await routing.ForAsync(category.Value!, place.Value!, ct);
        var duplicate = await DuplicateAsync(category.Value!, place.Value!, now, ct);
        var number = numbers is not null ? await numbers.NextAsync(db, now, ct)
            : TrackingNumbers.Format(WorkCalendar.LocalDate(now), await TrackingNumbers.ReserveAsync(db, WorkCalendar.LocalDate(now), 1, ct));
        var code = TrackingNumbers.NewVerificationCode();
        var request = new ServiceRequest
        {
            TrackingNumber = number,
            VerificationHash = TrackingNumbers.HashCode(protector, number, code),
            Channel = draft.Channel,
            CategoryId = category.Value!.Id,
            PlaceUnitId = place.Value!.Id,
            Path = place.Value.Path,
            EstateId = place.Value.EstateId,
            Address = Trimmed(draft.Address),
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            Description = draft.Description!.Trim(),
            ContactName = Trimmed(draft.ContactName),
            PhoneCipher = phone.Value is { } p ? protector.Encrypt(p) : null,
            PhoneHash = phone.Value is { } p2 ? protector.Hash(p2) : null,
            PhoneMasked = phone.Value is { } p3 ? Mask.Phone(p3) : null,
            NotifyOptIn = draft.NotifyOptIn && (phone.Value ?? email.Value) is not null,
            EmailCipher = email.Value is { } e ? protector.Encrypt(e) : null,
            EmailMasked = email.Value is { } e2 ? Notifications.ContactEmail.Mask(e2) : null,
            NotifyLanguage = draft.Language == "en" ? "en" : null,
            ReceivedAt = now,
            ResponseDueAt = calendar.AddWorkingHours(now, category.Value.ResponseHours),
            ResolutionDueAt = calendar.AddWorkingDays(now, category.Value.ResolutionDays),
            SuggestedDuplicateOfId = duplicate?.Id,
            CreatedBy = caller?.UserId,
            UpdatedAt = now,
        };
        request.History.Add(new RequestTransition
        {
            At = now,
            Action = RequestAction.Receive,
            To = RequestStatus.Received,
            ActorId = caller?.UserId,
            ActorName = caller?.Name ?? "居民自助 / resident",
            ActorRole = caller?.Role,
            Note = RequestChannelNames.Of(draft.Channel).Zh,
        });
        if (draft.Route && (chosen ?? suggested) is { } route)
        {
            var routed = request.Apply(RequestAction.Route, caller!.Role, caller.Name, caller.UserId, route.Reason.Zh, now, route.UnitId, route.Path);
            if (!routed.Ok)
            {
                return routed.Failure!;
            }
        }
        if (photo is null && db.IsPostgres)
        {
            await IntakeStatement.InsertAsync(db, request, ct);
            return new CreatedRequest(request, code, suggested, duplicate);
        }
        db.ServiceRequests.Add(request);
        if (photo is null)
        {
            await db.SaveChangesAsync(ct);
            return new CreatedRequest(request, code, suggested, duplicate);
        }
        // The request and its photo's row commit together; the file goes if the row does not.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await RequestPhotos.StoreAsync(db, paths, request.Id, photo, now, ct);
        await tx.CommitAsync(ct);
        return new CreatedRequest(request, code, suggested, duplicate);
    }

    /// <summary>What the operator screen shows before saving: the suggested unit and an open duplicate, if any.</summary>
    public async Task<Result<IntakePreview>> PreviewAsync(Caller? caller, string? categoryCode, string? placeCode, CancellationToken ct = default)
    {
        var category = await CategoryAsync(categoryCode, ct);
        if (!category.Ok)
        {
            return category.Failure!;
        }
        var place = await PlaceAsync(caller, placeCode, ct);
        if (!place.Ok)
        {
            return place.Failure!;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        return new IntakePreview(await routing.ForAsync(category.Value!, place.Value!, ct), await DuplicateAsync(category.Value!, place.Value!, now, ct));
    }

    private async Task<Result<RequestCategory>> CategoryAsync(string? code, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        var reference = await _reference.GetAsync(db, ct);
        var category = trimmed.Length == 0 ? null : reference.ActiveCategory(trimmed);
        if (category is null)
        {
            return Failure.Invalid("category", "请选择诉求类别", "Choose a request category");
        }
        if (reference.HasActiveChildren(category))
        {
            return Failure.Invalid("category", $"“{category.NameZh}”下还有小类，请选择具体小类", $"“{category.NameEn}” has sub-categories; choose one of them");
        }
        return category;
    }

    private async Task<Result<OrgUnit>> PlaceAsync(Caller? caller, string? code, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        var place = trimmed.Length == 0 ? null : await _reference.PlaceAsync(db, trimmed, ct);
        if (place is null || place.Kind < OrgUnitKind.Community || (caller is not null && !caller.CanSee(place.Path)))
        {
            return Failure.Invalid("place", "请选择诉求发生的社区、网格或楼栋（须在您的管辖范围内）", "Choose the community, grid or building where it happens (within your area)");
        }
        return place;
    }

    private static Failure? CheckFields(RequestDraft draft)
    {
        var description = draft.Description?.Trim() ?? "";
        if (description.Length < MinDescription || description.Length > MaxDescription)
        {
            return Failure.Invalid("description", $"请描述诉求内容（{MinDescription}–{MaxDescription}个字）", $"Describe the request ({MinDescription}–{MaxDescription} characters)");
        }
        if (draft.ContactName?.Trim().Length > 50)
        {
            return Failure.Invalid("contactName", "联系人姓名不能超过50个字", "The contact name must be at most 50 characters");
        }
        if (draft.Address?.Trim().Length > 200)
        {
            return Failure.Invalid("address", "地址不能超过200个字", "The address must be at most 200 characters");
        }
        if (draft.Latitude is { } lat && (lat is < -90 or > 90 || double.IsNaN(lat)))
        {
            return Failure.Invalid("latitude", "纬度须在 -90 到 90 之间", "Latitude must be between -90 and 90");
        }
        if (draft.Longitude is { } lon && (lon is < -180 or > 180 || double.IsNaN(lon)))
        {
            return Failure.Invalid("longitude", "经度须在 -180 到 180 之间", "Longitude must be between -180 and 180");
        }
        if (draft.Latitude.HasValue != draft.Longitude.HasValue)
        {
            return Failure.Invalid("longitude", "经纬度须同时填写", "Give both latitude and longitude, or neither");
        }
        return null;
    }

    /// <summary>Phone is required where we must call back (portal, hotline, window); optional for grid workers and other systems.</summary>
    private static Result<string?> NormalizedPhone(RequestDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Phone))
        {
            return draft.Channel is RequestChannel.GridWorker or RequestChannel.Api
                ? (string?)null
                : Failure.Invalid("phone", "请填写联系电话", "Enter a phone number");
        }
        var check = PhoneNumber.Validate(draft.Phone);
        return check.IsValid ? check.Normalized : Failure.Invalid("phone", check.Error!.Zh, check.Error.En);
    }

    /// <summary>
    /// An open request of the same category at the same building (or estate), or — when the new one
    /// names no building — anywhere in the same community, received within the configured window.
    /// </summary>
    private async Task<ServiceRequest?> DuplicateAsync(RequestCategory category, OrgUnit place, DateTime now, CancellationToken ct)
    {
        var since = now.AddHours(-options.DuplicateWindowHours);
        var candidates = db.ServiceRequests.AsNoTracking()
            .Where(r => r.CategoryId == category.Id && r.ReceivedAt >= since && RequestQueries.OpenStatuses.Contains(r.Status));
        if (place.Kind == OrgUnitKind.Building)
        {
            candidates = place.EstateId is { } estate
                ? candidates.Where(r => r.PlaceUnitId == place.Id || r.EstateId == estate)
                : candidates.Where(r => r.PlaceUnitId == place.Id);
        }
        else
        {
            var community = await routing.AncestorAsync(place, OrgUnitKind.Community, ct);
            candidates = candidates.Under(new OrgPath(community?.Path ?? place.Path));
        }
        return await candidates.OrderBy(r => r.ReceivedAt).FirstOrDefaultAsync(ct);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
