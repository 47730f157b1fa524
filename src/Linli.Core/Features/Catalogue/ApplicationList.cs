using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

public sealed record ApplicationFilter(string? Item = null, string? Status = null, bool OverdueOnly = false, int Page = 1, int PageSize = 50);

public sealed record ApplicationRow(long Id, string TrackingNumber, string ItemCode, Bilingual Item, string CommunityName, string HandlingName,
    ApplicationStatus Status, DateTime SubmittedAt, DateTime DueAt, bool Overdue, int Version);

public sealed record ApplicationPage(int Total, int Page, int PageSize, IReadOnlyList<ApplicationRow> Rows);

/// <summary>
/// The queue of the caller's subtree: open applications first, soonest due first — so overdue ones
/// lead (overdue is computed from the due time, no sweeper) — then decided ones, newest first.
/// </summary>
public sealed class ApplicationList(LinliDb db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<Result<ApplicationPage>> HandleAsync(Caller caller, ApplicationFilter filter, CancellationToken ct = default)
    {
        if (filter.Page < 1 || filter.PageSize is < 1 or > MaxPageSize)
        {
            return Failure.Invalid("pageSize", $"页码须从1开始，每页1–{MaxPageSize}条", $"Pages start at 1 with 1–{MaxPageSize} rows each");
        }
        var query = db.ServiceApplications.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(filter.Item))
        {
            var code = filter.Item.Trim();
            query = query.Where(a => a.Item!.Code == code);
        }
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (ApplicationNames.ParseStatus(filter.Status) is not { } status)
            {
                return Failure.Invalid("status", $"状态“{filter.Status}”不存在", $"Unknown status “{filter.Status}”");
            }
            query = query.Where(a => a.Status == status);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var decided = new[] { ApplicationStatus.Approved, ApplicationStatus.Rejected };
        if (filter.OverdueOnly)
        {
            query = query.Where(a => !decided.Contains(a.Status) && a.Status != ApplicationStatus.NeedsMaterials && a.DueAt < now);
        }
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(a => decided.Contains(a.Status) ? 1 : 0)
            .ThenBy(a => decided.Contains(a.Status) ? now : a.DueAt)
            .ThenByDescending(a => a.SubmittedAt)
            .ThenByDescending(a => a.Id)
            .Skip(Common.Paging.Skip(filter.Page, filter.PageSize)).Take(filter.PageSize)
            .Select(a => new
            {
                a.Id, a.TrackingNumber, a.Item!.Code, a.Item.NameZh, a.Item.NameEn, a.CommunityId, a.HandlingUnitId, a.Status, a.SubmittedAt, a.DueAt, a.Version,
            })
            .ToListAsync(ct);
        var unitIds = rows.Select(r => r.CommunityId).Concat(rows.Select(r => r.HandlingUnitId)).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new ApplicationPage(total, filter.Page, filter.PageSize, [.. rows.Select(r => new ApplicationRow(
            r.Id, r.TrackingNumber, r.Code, new(r.NameZh, r.NameEn), names.GetValueOrDefault(r.CommunityId, ""), names.GetValueOrDefault(r.HandlingUnitId, ""),
            r.Status, r.SubmittedAt, r.DueAt, r.Status.IsOpen() && r.Status != ApplicationStatus.NeedsMaterials && r.DueAt < now, r.Version))]);
    }
}
