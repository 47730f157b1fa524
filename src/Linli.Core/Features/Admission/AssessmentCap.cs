using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>
/// The assessment cap (考核评比次数上限): for each community a request covers and each calendar year
/// it runs in, the inspections/ratings/assessments already admitted (their times per year) plus this
/// one must stay within the caps in force there — total (assessments_per_year_cap) and for the same
/// department (assessments_per_department_per_year_cap). Caps are standards: set at any level and
/// inherited. A community with no cap set is not limited.
/// </summary>
public sealed class AssessmentCap(LinliDb db, StandardResolver standards)
{
    public sealed record Excess(string CommunityName, int Year, int Count, decimal Cap, bool PerDepartment, Bilingual Citation);

    public async Task<IReadOnlyList<Excess>> CheckAsync(AdmissionRequest request, CancellationToken ct = default)
    {
        if (request.Kind != AdmissionKind.Assessment)
        {
            return [];
        }
        var excesses = new List<Excess>();
        var targets = await (from t in db.AdmissionTargets.AsNoTracking()
                             where t.RequestId == request.Id
                             join u in db.OrgUnits on t.CommunityId equals u.Id
                             select new { t.CommunityId, u.Path, u.Name }).ToListAsync(ct);
        for (var year = request.StartDate.Year; year <= request.EndDate.Year; year++)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var others = await (from mine in db.AdmissionTargets.AsNoTracking()
                                where mine.RequestId == request.Id
                                join t in db.AdmissionTargets on mine.CommunityId equals t.CommunityId
                                join r in db.AdmissionRequests on t.RequestId equals r.Id
                                where r.Id != request.Id && r.Kind == AdmissionKind.Assessment
                                      && (r.Status == AdmissionStatus.Approved || r.Status == AdmissionStatus.ApprovedWithConditions)
                                      && r.ValidFrom <= last && r.ValidTo >= first
                                select new { t.CommunityId, r.DepartmentName, r.TimesPerYear }).ToListAsync(ct);
            var caps = await standards.ForSubtreeAsync(new Hierarchy.OrgPath(request.Path), first, ct);
            foreach (var community in targets)
            {
                var here = others.Where(o => o.CommunityId == community.CommunityId).ToList();
                if (caps.For(community.Path, StandardCatalog.AssessmentsPerYearCap) is { } total)
                {
                    var count = here.Sum(o => o.TimesPerYear) + request.TimesPerYear;
                    if (count > total.Value)
                    {
                        excesses.Add(new(community.Name, year, count, total.Value, false, total.Citation));
                    }
                }
                if (caps.For(community.Path, StandardCatalog.AssessmentsPerDepartmentPerYearCap) is { } perDepartment)
                {
                    var count = here.Where(o => o.DepartmentName == request.DepartmentName).Sum(o => o.TimesPerYear) + request.TimesPerYear;
                    if (count > perDepartment.Value)
                    {
                        excesses.Add(new(community.Name, year, count, perDepartment.Value, true, perDepartment.Citation));
                    }
                }
            }
        }
        return excesses;
    }
}
