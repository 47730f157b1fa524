using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>The workload columns of one unit, company or total.</summary>
public sealed record WorkloadCounts(int Open, int Waiting, int InProgress, int Overdue, int DueSoon, int Last7Days, int Last30Days, double? MedianOpenDays);

/// <summary>One row: a child unit (Code set), the unit itself (Self), or a company (CompanyId set).</summary>
public sealed record WorkloadLine(string? Code, long? CompanyId, string Name, bool Self, WorkloadCounts Counts);

public sealed record WorkloadReport(string UnitCode, string UnitName, DateTime At, double WarningHours, DateOnly Since7, DateOnly Since30,
    IReadOnlyList<WorkloadLine> Units, WorkloadCounts Total, IReadOnlyList<WorkloadLine> Companies);

/// <summary>
/// Workload per unit (工作量): for each child unit of the chosen unit — and the unit itself when
/// requests are assigned to it directly — what its units handle now, by handling unit (AssignedPath);
/// then the member companies holding requests placed in the unit's area. The columns use
/// <see cref="WorkloadStages"/>, the same predicates as the queue's filters the numbers link to.
/// </summary>
public sealed class WorkloadQuery(LinliDb db, TimeProvider clock, RequestOptions options)
{
    private sealed record Item(string? AssignedPath, long? CompanyId, RequestStatus Status, DateTime ReceivedAt, DateTime ResponseDueAt, DateTime ResolutionDueAt, DateTime? RespondedAt);

    public async Task<Result<WorkloadReport>> HandleAsync(Caller caller, string? unitCode, CancellationToken ct = default)
    {
        var unit = string.IsNullOrWhiteSpace(unitCode)
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path) || caller.Role == Role.ServiceCompany)
        {
            return Failure.Invalid("unit", "单位不存在或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = (await WorkCalendarLoader.LoadAsync(db, ct)).AddWorkingHours(now, options.WarningWorkingHours);
        var today = WorkCalendar.LocalDate(now);
        var (since7, since30) = (today.AddDays(-6), today.AddDays(-29));
        var (from7, from30) = (RequestList.DayStartUtc(since7), RequestList.DayStartUtc(since30));
        var open = RequestQueries.OpenStatuses;
        var scope = new OrgPath(unit.Path);
        var lo = scope.Value;

        // Open or recent requests handled inside the unit, or placed in it (for the company rows).
        var items = await db.ServiceRequests.AsNoTracking().VisibleTo(caller with { Scope = scope })
            .Where(r => open.Contains(r.Status) || r.ReceivedAt >= from30)
            .Select(r => new Item(r.AssignedPath, r.ServiceCompanyId, r.Status, r.ReceivedAt, r.ResponseDueAt, r.ResolutionDueAt, r.RespondedAt))
            .ToListAsync(ct);
        var handled = items.Where(i => i.AssignedPath is { } p && p.StartsWith(lo, StringComparison.Ordinal)).ToList();

        WorkloadCounts Count(IReadOnlyCollection<Item> rows)
        {
            bool Overdue(Item i) => open.Contains(i.Status) && (i.ResolutionDueAt < now || (i.RespondedAt == null && i.ResponseDueAt < now));
            var openRows = rows.Where(i => open.Contains(i.Status)).ToList();
            var ages = openRows.Select(i => (now - i.ReceivedAt).TotalDays).Order().ToList();
            return new(openRows.Count,
                rows.Count(i => WorkloadStages.WaitingStatuses.Contains(i.Status)),
                rows.Count(i => WorkloadStages.InProgressStatuses.Contains(i.Status)),
                openRows.Count(Overdue),
                openRows.Count(i => !Overdue(i) && (i.ResolutionDueAt <= horizon || (i.RespondedAt == null && i.ResponseDueAt <= horizon))),
                rows.Count(i => i.ReceivedAt >= from7),
                rows.Count(i => i.ReceivedAt >= from30),
                ages.Count == 0 ? null : Math.Round(ages.Count % 2 == 1 ? ages[ages.Count / 2] : (ages[ages.Count / 2 - 1] + ages[ages.Count / 2]) / 2, 1));
        }

        var children = await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == unit.Id).OrderBy(o => o.Path)
            .Select(o => new { o.Code, o.Name, o.Path }).ToListAsync(ct);
        var lines = new List<WorkloadLine>();
        var self = handled.Where(i => i.AssignedPath == unit.Path).ToList();
        if (self.Count > 0)
        {
            lines.Add(new(unit.Code, null, unit.Name, true, Count(self)));
        }
        lines.AddRange(children.Select(c => new WorkloadLine(c.Code, null, c.Name, false,
            Count(handled.Where(i => i.AssignedPath!.StartsWith(c.Path, StringComparison.Ordinal)).ToList()))));

        var companyIds = items.Where(i => i.CompanyId is not null).Select(i => i.CompanyId!.Value).Distinct().ToList();
        var companies = await db.ServiceCompanies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var companyLines = companies.Select(c => new WorkloadLine(null, c.Id, c.Name, false, Count(items.Where(i => i.CompanyId == c.Id).ToList()))).ToList();

        return new WorkloadReport(unit.Code, unit.Name, now, options.WarningWorkingHours, since7, since30, lines, Count(handled), companyLines);
    }
}
