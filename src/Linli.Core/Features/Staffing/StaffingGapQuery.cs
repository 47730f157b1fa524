using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Staffing;

/// <summary>
/// Staffing gap (社工配备缺口) for any unit and year, rolled up the tree. Figures are per community
/// and summed upward; the requirement under a standard is computed on the pooled base of all
/// communities under the same standard row, then rounded up once (see docs/standards.md).
/// Registry counts (households, residents) are the current registry; worker figures are as of
/// the end of the year, or today for the current year.
/// </summary>
public sealed class StaffingGapQuery(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    public static readonly string[] StaffingKeys = [StandardCatalog.HouseholdsPerWorker, StandardCatalog.WorkersPer10kUrbanResidents];

    private sealed record Community(long Id, string Path, bool Urban, int Households, int Residents);

    private sealed record WorkerFacts(long CommunityId, DateOnly HireDate, DateOnly? LeaveDate, bool OnPost, Sex? Sex, DateOnly? BirthDate,
        Education? Education, Certificate Certificate, EmploymentType Employment);

    public async Task<Result<GapReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (year < 2000 || year > today.Year)
        {
            return Failure.Invalid("year", $"年份应在2000到{today.Year}之间", $"The year must be between 2000 and {today.Year}");
        }
        var unit = string.IsNullOrWhiteSpace(unitCode)
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        if (unit.Kind > OrgUnitKind.Community)
        {
            return Failure.Invalid("unit", "请选择社区或以上的单位", "Choose a community or a unit above it");
        }
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var asOf = end < today ? end : today;

        var communities = await LoadCommunitiesAsync(unit.OrgPath, ct);
        var workers = await db.CommunityWorkers.AsNoTracking().Under(unit.OrgPath)
            .Where(w => w.HireDate <= end && (w.LeaveDate == null || w.LeaveDate >= start))
            .Select(w => new WorkerFacts(w.CommunityId, w.HireDate, w.LeaveDate, w.OnPost, w.Sex, w.BirthDate, w.Education, w.Certificate, w.Employment))
            .ToListAsync(ct);
        var standards = await resolver.ForSubtreeAsync(unit.OrgPath, asOf, ct);
        var children = await db.OrgUnits.AsNoTracking()
            .Where(o => o.ParentId == unit.Id && o.Kind <= OrgUnitKind.Community)
            .OrderBy(o => o.Code).ToListAsync(ct);
        var parentCode = unit.ParentId is { } parentId && await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, ct) is { } parent && caller.CanSee(parent.Path)
            ? parent.Code : null;

        var byCommunity = workers.ToLookup(w => w.CommunityId);
        GapRow Row(OrgUnit u)
        {
            var mine = communities.Where(c => c.Path.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
            var theirWorkers = mine.SelectMany(c => byCommunity[c.Id]).ToList();
            return BuildRow(u, mine, theirWorkers, standards, start, end, asOf);
        }
        var total = Row(unit);
        var onRoll = workers.Where(w => CommunityWorker.OnRollOn(w.HireDate, w.LeaveDate, asOf)).ToList();
        return new GapReport(year, asOf, parentCode, total, children.Select(Row).ToList(), Mix(onRoll, asOf));
    }

    private async Task<List<Community>> LoadCommunitiesAsync(OrgPath root, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Under(root).Where(o => o.Kind == OrgUnitKind.Community)
            .Select(o => new { o.Id, o.Path, o.CommitteeType }).ToListAsync(ct);
        var totals = await CommunityTotals.ByCommunityAsync(db, root, ct);
        return units.Select(u => new Community(u.Id, u.Path, u.CommitteeType?.IsUrban() ?? false,
            totals.GetValueOrDefault(u.Id).Households, totals.GetValueOrDefault(u.Id).Residents)).ToList();
    }

    private static GapRow BuildRow(OrgUnit unit, List<Community> communities, List<WorkerFacts> workers, StandardSet standards, DateOnly start, DateOnly end, DateOnly asOf)
    {
        var actual = workers.Where(w => CommunityWorker.OnRollOn(w.HireDate, w.LeaveDate, asOf)).ToList();
        var left = workers.Count(w => w.LeaveDate is { } d && d >= start && d <= end);
        var requirements = StaffingKeys.Select(key => Requirement(key, communities, standards, actual.Count)).ToList();
        return new GapRow(unit.Code, unit.Name, unit.Kind, communities.Count, communities.Sum(c => c.Households), communities.Sum(c => c.Residents),
            communities.Where(c => c.Urban).Sum(c => c.Residents), actual.Count, actual.Count(w => !w.OnPost), workers.Count, left,
            StaffingFormula.TurnoverPercent(left, workers.Count), requirements, Size(communities, standards));
    }

    private static SizeCheck Size(List<Community> communities, StandardSet standards)
    {
        var (oversize, extra, used) = (0, 0, new Dictionary<long, StandardInForce>());
        foreach (var c in communities)
        {
            var householdCap = standards.For(c.Path, StandardCatalog.CommunityHouseholdCap);
            var residentCap = standards.For(c.Path, StandardCatalog.CommunityResidentCap);
            var parts = Math.Max(StaffingFormula.PartsUnderCap(c.Households, householdCap?.Value), StaffingFormula.PartsUnderCap(c.Residents, residentCap?.Value));
            if (parts > 1)
            {
                (oversize, extra) = (oversize + 1, extra + parts - 1);
            }
            foreach (var s in new[] { householdCap, residentCap }.OfType<StandardInForce>())
            {
                used.TryAdd(s.Id, s);
            }
        }
        return new SizeCheck(oversize, extra, used.Values.OrderBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal).ToList());
    }

    private static Requirement Requirement(string key, List<Community> communities, StandardSet standards, int actual)
    {
        var groups = communities.Select(c => (Community: c, Standard: standards.For(c.Path, key))).ToList();
        var used = groups.Where(g => g.Standard is not null).GroupBy(g => g.Standard!.Id).ToList();
        var required = used.Sum(g =>
        {
            var standard = g.First().Standard!;
            return key == StandardCatalog.HouseholdsPerWorker
                ? StaffingFormula.RequiredByHouseholds(g.Sum(x => x.Community.Households), standard.Value)
                : StaffingFormula.RequiredByResidents(g.Where(x => x.Community.Urban).Sum(x => x.Community.Residents), standard.Value);
        });
        var definition = StandardCatalog.Find(key)!;
        return new Requirement(key, definition.Name, required, used.Count == 0 ? 0 : required - actual,
            used.Select(g => g.First().Standard!).OrderBy(s => s.Path, StringComparer.Ordinal).ToList(), groups.Count(g => g.Standard is null));
    }

    private static WorkforceMix Mix(List<WorkerFacts> onRoll, DateOnly asOf)
    {
        static List<MixLine> Count<T>(IEnumerable<T> values, Func<T, Bilingual> label) =>
            values.GroupBy(v => v).OrderBy(g => g.Key).Select(g => new MixLine(label(g.Key), g.Count())).ToList();
        var ages = onRoll.Select(w => w.BirthDate is { } b ? AgeBand(Age(b, asOf)) : 9);
        return new WorkforceMix(
            Count(ages, AgeLabel),
            Count(onRoll.Select(w => w.Sex is null ? 9 : (int)w.Sex), s => s switch { 0 => new("男", "Male"), 1 => new("女", "Female"), _ => new("未知", "Unknown") }),
            Count(onRoll.Select(w => (int?)w.Education ?? 99), e => e == 99 ? new("未填", "Not given") : WorkerVocabulary.Educations[(Education)e]),
            Count(onRoll.Select(w => w.Certificate), c => WorkerVocabulary.Certificates[c]),
            Count(onRoll.Select(w => w.Employment), e => WorkerVocabulary.Employment[e]));
    }

    private static int Age(DateOnly birth, DateOnly on) => on.Year - birth.Year - (on < birth.AddYears(on.Year - birth.Year) ? 1 : 0);

    private static int AgeBand(int age) => age switch { < 30 => 0, < 40 => 1, < 50 => 2, < 60 => 3, _ => 4 };

    private static Bilingual AgeLabel(int band) => band switch
    {
        0 => new("30岁以下", "under 30"),
        1 => new("30–39岁", "30–39"),
        2 => new("40–49岁", "40–49"),
        3 => new("50–59岁", "50–59"),
        4 => new("60岁及以上", "60 and over"),
        _ => new("未知", "unknown"),
    };
}
