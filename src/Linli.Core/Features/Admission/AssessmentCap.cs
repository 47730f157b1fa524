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

    public async Task<IReadOnlyList<Excess>> CheckAsync(AdmissionRequest request, CancellationToken ct = default) =>
        (await CheckAsync([request], ct))[request.Id];

    /// <summary>The excesses of many requests (a review queue's page) in three queries, whatever their number.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Excess>>> CheckAsync(IReadOnlyCollection<AdmissionRequest> requests, CancellationToken ct = default)
    {
        var result = requests.ToDictionary(r => r.Id, _ => (IReadOnlyList<Excess>)[]);
        var assessments = requests.Where(r => r.Kind == AdmissionKind.Assessment).ToList();
        if (assessments.Count == 0)
        {
            return result;
        }
        var ids = assessments.Select(r => r.Id).ToList();
        var targets = await (from t in db.AdmissionTargets.AsNoTracking()
                             where ids.Contains(t.RequestId)
                             join u in db.OrgUnits on t.CommunityId equals u.Id
                             select new { t.RequestId, t.CommunityId, u.Path, u.Name }).ToListAsync(ct);
        var (first, last) = (new DateOnly(assessments.Min(r => r.StartDate.Year), 1, 1), new DateOnly(assessments.Max(r => r.EndDate.Year), 12, 31));
        // Admitted assessments at the same communities, over the whole span; each year picks its own below.
        var admitted = await (from mine in db.AdmissionTargets.AsNoTracking()
                              where ids.Contains(mine.RequestId)
                              join t in db.AdmissionTargets on mine.CommunityId equals t.CommunityId
                              join r in db.AdmissionRequests on t.RequestId equals r.Id
                              where r.Kind == AdmissionKind.Assessment
                                    && (r.Status == AdmissionStatus.Approved || r.Status == AdmissionStatus.ApprovedWithConditions)
                                    && r.ValidFrom <= last && r.ValidTo >= first
                              select new { TargetId = t.Id, t.CommunityId, RequestId = r.Id, r.DepartmentName, r.TimesPerYear, r.ValidFrom, r.ValidTo })
            .ToListAsync(ct);
        var others = admitted.DistinctBy(o => o.TargetId).ToLookup(o => o.CommunityId);
        var caps = await standards.ForUnitsAsync(targets.Select(t => t.Path).Distinct(),
            [StandardCatalog.AssessmentsPerYearCap, StandardCatalog.AssessmentsPerDepartmentPerYearCap], first, last, ct);
        var targetsOf = targets.ToLookup(t => t.RequestId);
        foreach (var request in assessments)
        {
            var excesses = new List<Excess>();
            for (var year = request.StartDate.Year; year <= request.EndDate.Year; year++)
            {
                var (yearStart, yearEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                var inForce = StandardSet.On(caps, yearStart);
                foreach (var community in targetsOf[request.Id])
                {
                    var here = others[community.CommunityId].Where(o => o.RequestId != request.Id && o.ValidFrom <= yearEnd && o.ValidTo >= yearStart).ToList();
                    if (inForce.For(community.Path, StandardCatalog.AssessmentsPerYearCap) is { } total)
                    {
                        var count = here.Sum(o => o.TimesPerYear) + request.TimesPerYear;
                        if (count > total.Value)
                        {
                            excesses.Add(new(community.Name, year, count, total.Value, false, total.Citation));
                        }
                    }
                    if (inForce.For(community.Path, StandardCatalog.AssessmentsPerDepartmentPerYearCap) is { } perDepartment)
                    {
                        var count = here.Where(o => o.DepartmentName == request.DepartmentName).Sum(o => o.TimesPerYear) + request.TimesPerYear;
                        if (count > perDepartment.Value)
                        {
                            excesses.Add(new(community.Name, year, count, perDepartment.Value, true, perDepartment.Citation));
                        }
                    }
                }
            }
            result[request.Id] = excesses;
        }
        return result;
    }
}
