using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// Computes the survey report's figures for a unit and year inside the caller's area: the staffing gap
/// (<see cref="StaffingGapQuery"/>, which also checks the unit, the scope and the year) plus the counts by type,
/// population bands, oversize communities and the problems found. Registry counts are the current registry;
/// worker figures are as of the end of the year (today for the current year), as on /gaps.
/// </summary>
public sealed class SurveyQuery(LinliDb db, StaffingGapQuery staffing, FacilityFigures facilityFigures, EstateFigures estateFigures,
    StandardResolver resolver, IOptions<SurveyOptions> options)
{
    public async Task<Result<SurveyFigures>> HandleAsync(Caller caller, SurveyRequest request, CancellationToken ct = default)
    {
        var gap = await staffing.HandleAsync(caller, request.Unit, request.Year, ct);
        if (gap.Failure is { } failure)
        {
            return failure;
        }
        var report = gap.Value!;
        var areaBounds = request.FacilityAreaBands ?? options.Value.FacilityAreaBounds;
        var facilities = await facilityFigures.HandleAsync(caller, report.Total.Code, request.Year, areaBounds.Select(b => (decimal)b).ToList(), ct);
        var estates = await estateFigures.HandleAsync(caller, report.Total.Code, request.Year, ct);
        if ((facilities.Failure ?? estates.Failure) is { } facilityFailure)
        {
            return facilityFailure;
        }
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == report.Total.Code, ct);
        var standards = await resolver.ForSubtreeAsync(unit.OrgPath, report.AsOf, ct);
        var communities = await CommunityFacts.LoadAsync(db, unit.OrgPath, standards, report.AsOf, ct);
        var childPaths = await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == unit.Id && o.Kind <= OrgUnitKind.Community)
            .ToDictionaryAsync(o => o.Code, o => o.Path, ct);

        var bounds = request.PopulationBands ?? options.Value.PopulationBounds;
        var figures = new SurveyFigures(
            request with { PopulationBands = bounds, FacilityAreaBands = areaBounds },
            unit.Code, unit.Name, unit.Kind, report.ParentCode, report.AsOf, unit.IsDemo,
            communities.Count, ByType(communities), communities.Count(c => c.Urban),
            report.Total.Households, report.Total.Residents, report.Total.UrbanResidents,
            bounds, SurveyBands.Population(bounds).Select(b => b with { Communities = communities.Count(c => b.Holds(c.Residents)) }).ToList(),
            report.Total, report.Mix,
            report.Children.Select(row => new ChildFigures(row,
                communities.Count(c => c.Urban && c.Path.StartsWith(childPaths[row.Code], StringComparison.Ordinal)))).ToList(),
            communities.Where(c => c.SplitInto > 1).OrderByDescending(c => c.Residents).ToList(),
            communities.Count(c => c.Workers == 0),
            facilities.Value!, estates.Value!,
            []);
        return figures with { Problems = SurveyProblems.Find(figures, communities, options.Value) };
    }

    /// <summary>Communities by committee type (NBS code digits 10–12), in the order of the type list; unknown codes last.</summary>
    private static List<TypeCount> ByType(List<CommunityFacts> communities)
    {
        var counts = Enum.GetValues<CommitteeType>().Select(t => new TypeCount(SurveyLabels.TypeKey(t), SurveyLabels.TypeName(t), communities.Count(c => c.Type == t))).ToList();
        var unknown = communities.Count(c => c.Type is null);
        if (unknown > 0)
        {
            counts.Add(new TypeCount("unknown", "其他", unknown));
        }
        return counts;
    }
}
