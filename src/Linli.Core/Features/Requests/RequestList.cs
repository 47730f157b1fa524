using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry.Documents;
using Linli.Core.Common.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record RequestFilter(
    string? Status = null,
    string? Category = null,
    string? Unit = null,
    bool MyQueue = false,
    bool OverdueOnly = false,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Phone = null,
    int Page = 1,
    int PageSize = 50,
    string? Handler = null,
    bool HandlerExact = false,
    string? Stage = null,
    long? Company = null);

public sealed record RequestRow(
    long Id, string TrackingNumber, RequestStatus Status, RequestChannel Channel, string CategoryCode, Bilingual Category,
    string PlaceName, string? AssignedName, DateTime ReceivedAt, DateTime ResponseDueAt, DateTime ResolutionDueAt,
    bool Overdue, string? PhoneMasked, string Description, long? SuggestedDuplicateOfId, int Version);

public sealed record RequestPage(IReadOnlyList<RequestRow> Rows, int Total, int Page, int PageSize);

/// <summary>
/// Requests the caller may see, filtered; overdue ones first, then by resolution due time. "My
/// queue" is what is assigned to the caller's unit and below and still open, plus — for dispatchers —
/// what waits to be routed in their area. A phone filter matches by keyed hash, never by clear text.
/// </summary>
public sealed class RequestList(LinliDb db, FieldProtector protector, TimeProvider clock, RequestOptions options)
{
    public async Task<Result<RequestPage>> HandleAsync(Caller caller, RequestFilter filter, CancellationToken ct = default)
    {
        var query = db.ServiceRequests.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            var status = Enum.GetValues<RequestStatus>().Cast<RequestStatus?>()
                .FirstOrDefault(s => string.Equals(s.ToString(), filter.Status.Trim(), StringComparison.OrdinalIgnoreCase) || RequestStatusNames.Of(s!.Value).Zh == filter.Status.Trim());
            if (status is null)
            {
                return Failure.Invalid("status", $"状态“{filter.Status}”不存在", $"Unknown status “{filter.Status}”");
            }
            query = query.Where(r => r.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var code = filter.Category.Trim();
            var ids = await db.RequestCategories.Where(c => c.Code == code || c.Parent!.Code == code).Select(c => c.Id).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return Failure.Invalid("category", $"类别“{code}”不存在", $"Unknown category “{code}”");
            }
            query = query.Where(r => ids.Contains(r.CategoryId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == filter.Unit.Trim(), ct);
            if (unit is null || !caller.CanSee(unit.Path))
            {
                return Failure.Invalid("unit", "单位不存在或不在您的管辖范围内", "Unit not found or outside your area");
            }
            query = query.VisibleTo(caller with { Scope = new OrgPath(unit.Path) });
        }
        if (!string.IsNullOrWhiteSpace(filter.Handler))
        {
            var handler = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == filter.Handler.Trim(), ct);
            if (handler is null || !caller.CanSee(handler.Path))
            {
                return Failure.Invalid("handler", "承办单位不存在或不在您的管辖范围内", "Handling unit not found or outside your area");
            }
            var (lo, hi) = (handler.Path, new OrgPath(handler.Path).End);
#pragma warning disable CA1309, CA1310 // CompareTo is what EF translates to >= / <; the columns use "C" collation.
            query = filter.HandlerExact ? query.Where(r => r.AssignedPath == handler.Path)
                : query.Where(r => r.AssignedPath != null && r.AssignedPath.CompareTo(lo) >= 0 && r.AssignedPath.CompareTo(hi) < 0);
#pragma warning restore CA1309, CA1310
        }
        if (filter.Company is { } company)
        {
            query = query.Where(r => r.ServiceCompanyId == company);
        }
        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            if (WorkloadStages.Parse(filter.Stage) is not { } stage)
            {
                return Failure.Invalid("stage", $"办理阶段“{filter.Stage}”不存在（open、waiting、inprogress、overdue、duesoon）", $"Unknown stage “{filter.Stage}” (open, waiting, inprogress, overdue, duesoon)");
            }
            var at = clock.GetUtcNow().UtcDateTime;
            var horizon = stage == WorkloadStage.DueSoon ? (await WorkCalendarLoader.LoadAsync(db, ct)).AddWorkingHours(at, options.WarningWorkingHours) : at;
            query = query.InStage(stage, at, horizon);
        }
        if (filter.MyQueue)
        {
            query = Queue(query, caller);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (filter.OverdueOnly)
        {
            query = query.Where(r => RequestQueries.OpenStatuses.Contains(r.Status) && (r.ResolutionDueAt < now || (r.RespondedAt == null && r.ResponseDueAt < now)));
        }
        if (filter.From is { } from)
        {
            var start = DayStartUtc(from);
            query = query.Where(r => r.ReceivedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = Common.ChinaTime.EndUtc(to);
            query = query.Where(r => r.ReceivedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Phone))
        {
            var check = PhoneNumber.Validate(filter.Phone);
            if (!check.IsValid)
            {
                return Failure.Invalid("phone", check.Error!.Zh, check.Error.En);
            }
            var hash = protector.Hash(check.Normalized);
            query = query.Where(r => r.PhoneHash == hash);
        }
        var (page, size) = (Math.Max(1, filter.Page), Math.Clamp(filter.PageSize, 1, 200));
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(r => RequestQueries.OpenStatuses.Contains(r.Status) && (r.ResolutionDueAt < now || (r.RespondedAt == null && r.ResponseDueAt < now)))
            .ThenBy(r => r.ResolutionDueAt)
            .ThenBy(r => r.Id)
            .Skip(Common.Paging.Skip(page, size)).Take(size)
            .Select(r => new
            {
                r.Id, r.TrackingNumber, r.Status, r.Channel, r.Category!.Code, r.Category.NameZh, r.Category.NameEn,
                Place = db.OrgUnits.Where(o => o.Id == r.PlaceUnitId).Select(o => o.Name).FirstOrDefault(),
                Assigned = db.OrgUnits.Where(o => o.Id == r.AssignedUnitId).Select(o => o.Name).FirstOrDefault(),
                r.ReceivedAt, r.ResponseDueAt, r.ResolutionDueAt, r.RespondedAt, r.PhoneMasked, r.Description, r.SuggestedDuplicateOfId, r.Version,
            })
            .ToListAsync(ct);
        return new RequestPage(rows.Select(r => new RequestRow(
            r.Id, r.TrackingNumber, r.Status, r.Channel, r.Code, new(r.NameZh, r.NameEn), r.Place ?? "", r.Assigned,
            r.ReceivedAt, r.ResponseDueAt, r.ResolutionDueAt,
            r.Status.IsOpen() && (r.ResolutionDueAt < now || (r.RespondedAt is null && r.ResponseDueAt < now)),
            r.PhoneMasked, r.Description.Length > 80 ? r.Description[..80] + "…" : r.Description, r.SuggestedDuplicateOfId, r.Version)).ToList(), total, page, size);
    }

    private static IQueryable<ServiceRequest> Queue(IQueryable<ServiceRequest> query, Caller caller)
    {
        var (lo, hi) = (caller.Scope.Value, caller.Scope.Value.Length == 0 ? "\uffff" : caller.Scope.End);
        var dispatcher = RequestWorkflow.Dispatchers.Contains(caller.Role);
        var waiting = new[] { RequestStatus.Received, RequestStatus.Returned };
        var open = RequestQueries.OpenStatuses;
#pragma warning disable CA1309, CA1310
        return query.Where(r => open.Contains(r.Status)
            && ((r.AssignedPath != null && r.AssignedPath.CompareTo(lo) >= 0 && r.AssignedPath.CompareTo(hi) < 0)
                || (dispatcher && (r.AssignedPath == null || waiting.Contains(r.Status)))));
#pragma warning restore CA1309, CA1310
    }

    public static DateTime DayStartUtc(DateOnly day) => Common.ChinaTime.StartUtc(day);
}
