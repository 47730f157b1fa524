using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Audit;

/// <summary>
/// Reads the audit log (审计日志) for the roles that may (RolePermissions.CanReadAudit): entries
/// about records in the caller's subtree, plus — for the system administrator only — entries not
/// tied to a place (sign-ins, account changes). Newest first, keyset-paged by Id.
/// </summary>
public sealed class AuditLogQuery(LinliDb db)
{
    public sealed record Filter(string? Action = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null, string? EntityType = null, string? EntityId = null, long? BeforeId = null, int PageSize = 50);

    public sealed record Page(IReadOnlyList<AuditEntry> Entries, long? NextBeforeId);

    public async Task<Result<Page>> HandleAsync(Caller caller, Filter filter, CancellationToken ct = default)
    {
        if (!caller.Role.CanReadAudit())
        {
            return Failure.Forbidden("当前角色不能查看审计日志", "Your role may not read the audit log");
        }
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            return Failure.Invalid("from", "开始日期晚于结束日期", "The start date is after the end date");
        }
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var lo = caller.Scope.Value;
        var hi = caller.Scope.End;
        var placeless = caller.Role == Role.SystemAdmin;
#pragma warning disable CA1309, CA1310 // translated to SQL range comparisons on a "C"-collated column
        var query = db.AuditEntries.AsNoTracking()
            .Where(e => (e.OrgPath != null && e.OrgPath.CompareTo(lo) >= 0 && e.OrgPath.CompareTo(hi) < 0) || (placeless && e.OrgPath == null));
#pragma warning restore CA1309, CA1310
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.Actor == filter.Actor.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        }
        if (filter.From is { } start)
        {
            var startUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At >= startUtc);
        }
        if (filter.To is { } end)
        {
            var endUtc = end == DateOnly.MaxValue ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) : end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At < endUtc);
        }
        if (filter.BeforeId is { } beforeId)
        {
            query = query.Where(e => e.Id < beforeId);
        }
        var entries = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(ct);
        var next = entries.Count > size ? entries[size - 1].Id : (long?)null;
        return new Page(entries.Take(size).ToList(), next);
    }
}
