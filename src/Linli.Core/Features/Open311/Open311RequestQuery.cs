using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Open311;

/// <summary>The GET requests filters of GeoReport v2, as the client sent them (text: parsing is part of the query).</summary>
public sealed record Open311Filter(string? ServiceRequestIds = null, string? ServiceCodes = null, string? StartDate = null, string? EndDate = null, string? Status = null);

/// <summary>A request as Open311 shows it: no contact details, ever (the phone stays in Linli).</summary>
public sealed record Open311RequestView(
    string Id, bool Open, Bilingual StatusName, string ServiceCode, Bilingual ServiceName, string Description,
    string? Agency, DateTime RequestedAt, DateTime UpdatedAt, DateTime ExpectedAt, string? Address, double? Latitude, double? Longitude);

/// <summary>
/// GET requests and GET requests/{id}: only requests placed inside the key's area. Without ids or
/// dates the last 90 days are searched, and at most 1,000 requests are returned (the spec's defaults).
/// service_request_id is the tracking number residents read out (Q20261201-000123).
/// </summary>
public sealed class Open311RequestQuery(LinliDb db, TimeProvider clock)
{
    public const int MaxResults = 1000;
    public const int MaxIds = 100;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    public async Task<Result<IReadOnlyList<Open311RequestView>>> ListAsync(Open311Client client, Open311Filter filter, CancellationToken ct = default)
    {
        var query = db.ServiceRequests.AsNoTracking().Under(client.Scope);
        var ids = Split(filter.ServiceRequestIds);
        if (ids.Count > MaxIds)
        {
            return Failure.Invalid("service_request_id", $"service_request_id 一次最多 {MaxIds} 个", $"service_request_id takes at most {MaxIds} ids");
        }
        if (ids.Count > 0)
        {
            // The spec: with ids, every other filter is ignored.
            return await ProjectAsync(query.Where(r => ids.Contains(r.TrackingNumber)), ct);
        }
        var codes = Split(filter.ServiceCodes);
        if (codes.Count > 0)
        {
            var categoryIds = await db.RequestCategories.Where(c => codes.Contains(c.Code)).Select(c => c.Id).ToListAsync(ct);
            query = query.Where(r => categoryIds.Contains(r.CategoryId));
        }
        var start = ParseDate(filter.StartDate, "start_date");
        var end = ParseDate(filter.EndDate, "end_date");
        if ((start.Failure ?? end.Failure) is { } bad)
        {
            return bad;
        }
        var (from, to) = (start.Value, end.Value);
        if (from is null && to is null)
        {
            from = clock.GetUtcNow().UtcDateTime - DefaultWindow;
        }
        if (from is { } f && to is { } t && f > t)
        {
            return Failure.Invalid("start_date", "start_date 不能晚于 end_date", "start_date must not be after end_date");
        }
        if (from is { } lo)
        {
            query = query.Where(r => r.ReceivedAt >= lo);
        }
        if (to is { } hi)
        {
            query = query.Where(r => r.ReceivedAt <= hi);
        }
        var statuses = Split(filter.Status);
        if (statuses.Any(s => s is not ("open" or "closed")))
        {
            return Failure.Invalid("status", "status 只能是 open 或 closed", "status must be open or closed");
        }
        if (statuses.Count == 1)
        {
            var open = RequestStatusesOpen;
            query = statuses[0] == "open" ? query.Where(r => open.Contains(r.Status)) : query.Where(r => !open.Contains(r.Status));
        }
        return await ProjectAsync(query, ct);
    }

    public async Task<Open311RequestView?> FindAsync(Open311Client client, string id, CancellationToken ct = default)
    {
        var trimmed = id.Trim();
        var found = await ProjectAsync(db.ServiceRequests.AsNoTracking().Under(client.Scope).Where(r => r.TrackingNumber == trimmed), ct);
        return found.Count == 0 ? null : found[0];
    }

    private static readonly RequestStatus[] RequestStatusesOpen = Enum.GetValues<RequestStatus>().Where(s => s.IsOpen()).ToArray();

    private async Task<List<Open311RequestView>> ProjectAsync(IQueryable<ServiceRequest> query, CancellationToken ct)
    {
        var rows = await query
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Take(MaxResults)
            .Select(r => new
            {
                r.TrackingNumber, r.Status, r.Description, r.ReceivedAt, r.UpdatedAt, r.ResolutionDueAt, r.Address, r.Latitude, r.Longitude,
                Code = r.Category!.Code, r.Category.NameZh, r.Category.NameEn,
                Agency = db.OrgUnits.Where(o => o.Id == r.AssignedUnitId).Select(o => o.Name).FirstOrDefault(),
                Company = db.ServiceCompanies.Where(c => c.Id == r.ServiceCompanyId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new Open311RequestView(
            r.TrackingNumber, r.Status.IsOpen(), RequestStatusNames.Of(r.Status), r.Code, new(r.NameZh, r.NameEn), r.Description,
            r.Company ?? r.Agency, DateTime.SpecifyKind(r.ReceivedAt, DateTimeKind.Utc), DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc),
            DateTime.SpecifyKind(r.ResolutionDueAt, DateTimeKind.Utc), r.Address, r.Latitude, r.Longitude)).ToList();
    }

    private static List<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>W3C date-time as the spec asks (2026-12-01T09:00:00+08:00); a bare date is Beijing midnight.</summary>
    private static Result<DateTime?> ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DateTime?)null;
        }
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            && (text.Contains('T', StringComparison.Ordinal) ? HasOffset(text) : true))
        {
            var utc = text.Contains('T', StringComparison.Ordinal)
                ? value.UtcDateTime
                : new DateTimeOffset(value.DateTime, WorkCalendar.ChinaOffset).UtcDateTime;
            return (DateTime?)utc;
        }
        return Failure.Invalid(field, $"{field} 须为 W3C 日期时间，如 2026-12-01T09:00:00+08:00", $"{field} must be a W3C date-time such as 2026-12-01T09:00:00+08:00");
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal);
}
