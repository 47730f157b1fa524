using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>A new estate's "四个同步" record with its occupancy, and what the figure flags.</summary>
public sealed record EstateLine(
    long EstateId, string Name, string CommunityCode, string CommunityName, int TotalUnits, int OccupiedHouseholds, decimal? OccupancyPercent,
    bool OwnCommittee, DateOnly? PlannedOn, DateOnly? BuiltOn, DateOnly? AcceptedOn, DateOnly? HandedOverOn, decimal? PlannedArea, decimal? HandedOverArea,
    bool ReachedThreshold, bool WithoutCommittee, bool WithoutRooms, StandardInForce? Standard);

/// <summary>
/// New estates (四个同步) under a unit: those whose occupancy reached <c>new_estate_committee_occupancy_pct</c>
/// and still have no committee of their own, or whose community rooms were not handed over by the as-of date.
/// </summary>
public sealed record EstateReport(int Year, DateOnly AsOf, int Estates, int ReachedThreshold, int WithoutCommittee, int WithoutRooms,
    IReadOnlyList<EstateLine> Flagged, IReadOnlyList<EstateLine> All, IReadOnlyList<StandardInForce> Standards);

public sealed class EstateFigures(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    public async Task<Result<EstateReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var loaded = await FigureScope.LoadAsync(db, resolver, clock, caller, unitCode, year, ct);
        if (!loaded.Ok)
        {
            return loaded.Failure!;
        }
        var scope = loaded.Value!;
        var root = scope.Unit.OrgPath;
        var records = await (from h in db.Set<EstateHandover>().AsNoTracking().Under(root)
                             join e in db.Estates on h.EstateId equals e.Id
                             select new { h, e.Name }).ToListAsync(ct);
        var estateIds = records.Select(r => r.h.EstateId).ToList();
        var occupied = await db.Households.AsNoTracking().Under(root).Where(x => x.EstateId != null && estateIds.Contains(x.EstateId!.Value))
            .GroupBy(x => x.EstateId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var communities = scope.Communities.ToDictionary(c => c.Id);

        var lines = records.Select(r =>
        {
            var h = r.h;
            var community = communities.GetValueOrDefault(h.CommunityId);
            var standard = scope.Standards.For(h.Path, StandardCatalog.NewEstateCommitteeOccupancy);
            var households = occupied.GetValueOrDefault(h.EstateId);
            var percent = FacilityFormula.Percent(households, h.TotalUnits);
            var reached = standard is not null && percent is { } p && p >= standard.Value;
            return new EstateLine(h.EstateId, r.Name, community?.Code ?? "", community?.Name ?? "", h.TotalUnits, households, percent, h.OwnCommittee,
                h.PlannedOn, h.BuiltOn, h.AcceptedOn, h.HandedOverOn, h.PlannedArea, h.HandedOverArea,
                reached, reached && !h.OwnCommittee, reached && !h.HandedOverBy(scope.AsOf), standard);
        }).OrderBy(l => l.CommunityCode, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();

        var flagged = lines.Where(l => l.WithoutCommittee || l.WithoutRooms).ToList();
        return new EstateReport(scope.Year, scope.AsOf, lines.Count, lines.Count(l => l.ReachedThreshold), lines.Count(l => l.WithoutCommittee),
            lines.Count(l => l.WithoutRooms), flagged, lines, FigureScope.Cite(lines.Select(l => l.Standard)));
    }
}
