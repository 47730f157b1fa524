using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Admission;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Burden;

/// <summary>
/// Burden figures (减负统计) for a unit and year, rolled up: one line per child unit, the total, the
/// previous year's total and one line per department. Admissions count while approved and also after
/// a revocation (the communities carried them until then); withdrawn and rejected requests never count.
/// </summary>
public sealed class BurdenQuery(LinliDb db)
{
    private sealed record Pair(string Path, AdmissionKind Kind, string Department, decimal Hours, decimal Funds, decimal People, bool FundsRequired, bool PeopleRequired);

    private sealed record Event(string Path, string Department, int Status);

    public async Task<Result<BurdenReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100)
        {
            return Failure.Invalid("year", "年份应在2000到2100之间", "The year must be between 2000 and 2100");
        }
        var unit = string.IsNullOrWhiteSpace(unitCode)
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path) || unit.Kind > OrgUnitKind.Community)
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var root = unit.OrgPath;
        var children = unit.Kind == OrgUnitKind.Community
            ? [unit]
            : await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == unit.Id && o.Kind <= OrgUnitKind.Community).OrderBy(o => o.Code).ToListAsync(ct);
        var communities = await db.OrgUnits.AsNoTracking().Under(root).Where(o => o.Kind == OrgUnitKind.Community).Select(o => o.Path).ToListAsync(ct);

        var current = await LoadAsync(root, year, ct);
        var previous = await LoadAsync(root, year - 1, ct);
        BurdenLine Line(string code, string name, Func<string, bool> inside, (List<Pair> Pairs, List<Event> Tasks, List<Event> Reports) data) =>
            Build(code, name, communities.Count(inside), data.Pairs.Where(p => inside(p.Path)), data.Tasks.Where(t => inside(t.Path)), data.Reports.Where(r => inside(r.Path)));

        var total = Line(unit.Code, unit.Name, _ => true, current);
        var rows = children.Select(c => Line(c.Code, c.Name, p => p.StartsWith(c.Path, StringComparison.Ordinal), current)).ToList();
        var departments = current.Pairs.Select(p => p.Department).Concat(current.Reports.Select(r => r.Department)).Distinct().Order(StringComparer.Ordinal)
            .Select(d => Build("", d, 0, current.Pairs.Where(p => p.Department == d), current.Tasks.Where(t => t.Department == d), current.Reports.Where(r => r.Department == d)))
            .ToList();
        var parentCode = unit.ParentId is { } parentId && caller.CanSee(unit.Path[..(unit.Path.Length - unit.Code.Length - 1)])
            ? await db.OrgUnits.Where(o => o.Id == parentId).Select(o => o.Code).FirstOrDefaultAsync(ct)
            : null;
        return new BurdenReport(unit.Code, unit.Name, parentCode, year, total, Line(unit.Code, unit.Name, _ => true, previous), rows, departments);
    }

    private async Task<(List<Pair> Pairs, List<Event> Tasks, List<Event> Reports)> LoadAsync(OrgPath root, int year, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // The year in China Standard Time, as UTC bounds (PostgreSQL's timestamptz accepts only UTC DateTimes).
        var (yearStart, yearEnd) = (ChinaTime.StartUtc(first), ChinaTime.EndUtc(last));
        var rows = await (from t in db.AdmissionTargets.AsNoTracking().Under(root)
                          join r in db.AdmissionRequests on t.RequestId equals r.Id
                          where (r.Status == AdmissionStatus.Approved || r.Status == AdmissionStatus.ApprovedWithConditions || r.Status == AdmissionStatus.Revoked)
                                && r.ValidFrom <= last && r.ValidTo >= first
                                // a revoked admission burdened communities only until it was revoked
                                && (r.Status != AdmissionStatus.Revoked || r.ClosedAt >= yearStart)
                          select new { t.Path, r.Id, r.Kind, r.DepartmentName, r.HoursPerCommunity, r.FundsAmount, r.PeopleProvided, r.FundsRequired, r.PeopleRequired })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var covered = await db.AdmissionTargets.Where(t => ids.Contains(t.RequestId)).GroupBy(t => t.RequestId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pairs = rows.Select(r => new Pair(r.Path, r.Kind, r.DepartmentName, r.HoursPerCommunity,
            r.FundsAmount / covered[r.Id], (decimal)r.PeopleProvided / covered[r.Id], r.FundsRequired, r.PeopleRequired)).ToList();
        var tasks = await db.CommunityTasks.AsNoTracking().Under(root).Where(t => t.IssuedAt >= yearStart && t.IssuedAt < yearEnd)
            .Select(t => new Event(t.Path, t.Department, (int)t.Status)).ToListAsync(ct);
        var reports = await db.UnadmittedReports.AsNoTracking().Under(root).Where(r => r.ReceivedOn >= first && r.ReceivedOn <= last)
            .Select(r => new Event(r.Path, r.Department, (int)r.Status)).ToListAsync(ct);
        return (pairs, tasks, reports);
    }

    private static BurdenLine Build(string code, string name, int communities, IEnumerable<Pair> pairs, IEnumerable<Event> tasks, IEnumerable<Event> reports)
    {
        var p = pairs.ToList();
        var t = tasks.ToList();
        var r = reports.ToList();
        return new BurdenLine(code, name, communities,
            p.GroupBy(x => BurdenCategories.Of(x.Kind)).ToDictionary(g => g.Key, g => g.Count()),
            p.Sum(x => x.Hours),
            p.Count(x => x.FundsRequired), p.Count(x => x.FundsRequired && x.Funds > 0),
            p.Count(x => x.PeopleRequired), p.Count(x => x.PeopleRequired && x.People > 0),
            Math.Round(p.Sum(x => x.Funds), 2), Math.Round(p.Sum(x => x.People), 1),
            t.Count, t.Count(x => x.Status == (int)CommunityTaskStatus.Completed),
            r.Count(x => x.Status == (int)UnadmittedReportStatus.Open), r.Count(x => x.Status == (int)UnadmittedReportStatus.Upheld),
            r.Count(x => x.Status == (int)UnadmittedReportStatus.Dismissed));
    }
}
