using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>
/// Facility gap figures (阵地) for any unit and year, rolled up the tree: area total and average,
/// area per 100 households against <c>facility_m2_per_100_households</c>, the average against
/// <c>facility_m2_average_min</c>, own / rented / borrowed counts, area bands and rooms missing from
/// the room set in force (<c>facility_room_set</c>). Rooms are current records; the year picks the
/// standards in force (31 December, or today for the current year). See docs/facilities.md.
/// </summary>
public sealed class FacilityFigures(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    /// <summary>The survey report's bands: under 300, 300–600, 600–1000, 1000 m² and over.</summary>
    public static readonly IReadOnlyList<decimal> DefaultBandBounds = [300m, 600m, 1000m];

    private sealed record RoomFacts(long CommunityId, string Name, decimal Area, Tenure Tenure, string FunctionRooms);

    public async Task<Result<FacilityReport>> HandleAsync(Caller caller, string? unitCode, int year, IReadOnlyList<decimal>? bandBounds = null, CancellationToken ct = default)
    {
        var bounds = bandBounds is { Count: > 0 } ? bandBounds.Order().ToList() : DefaultBandBounds.ToList();
        if (bounds.Any(b => b <= 0) || bounds.Distinct().Count() != bounds.Count)
        {
            return Failure.Invalid("bands", "面积分档应为互不相同的正数，如 300,600,1000", "Area bands must be distinct positive numbers, e.g. 300,600,1000");
        }
        var loaded = await FigureScope.LoadAsync(db, resolver, clock, caller, unitCode, year, ct);
        if (!loaded.Ok)
        {
            return loaded.Failure!;
        }
        var scope = loaded.Value!;
        var root = scope.Unit.OrgPath;
        var rooms = (await db.Set<ServiceRoom>().AsNoTracking().Under(root)
            .Select(r => new RoomFacts(r.CommunityId, r.Name, r.Area, r.Tenure, r.FunctionRooms)).ToListAsync(ct)).ToLookup(r => r.CommunityId);
        var sites = await db.Set<CommunitySite>().AsNoTracking().Under(root).ToDictionaryAsync(s => s.CommunityId, ct);
        var roomSets = await db.Set<RoomSet>().AsNoTracking().ToDictionaryAsync(s => s.Id, ct);

        var facts = scope.Communities.Select(c => Community(c, rooms[c.Id].ToList(), sites.GetValueOrDefault(c.Id), scope.Standards)).ToList();
        var missing = scope.Communities.Select(c => Missing(c, rooms[c.Id].ToList(), scope.Standards, roomSets)).OfType<MissingRooms>().ToList();

        FacilityRow Row(OrgUnit unit)
        {
            var mine = facts.Where(f => f.Path.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
            var codes = mine.Select(f => f.Code).ToHashSet();
            var cited = FigureScope.Cite(mine.SelectMany(f => new[]
            {
                scope.Standards.For(f.Path, StandardCatalog.FacilityAreaPer100Households),
                scope.Standards.For(f.Path, StandardCatalog.FacilityAreaAverageMin),
                scope.Standards.For(f.Path, StandardCatalog.FacilityRoomSet),
            }).Append(scope.Standards.For(unit.Path, StandardCatalog.FacilityAreaAverageMin)));
            return BuildRow(unit, mine, missing.Count(m => codes.Contains(m.Code)), bounds, scope.Standards.For(unit.Path, StandardCatalog.FacilityAreaAverageMin), cited);
        }
        return new FacilityReport(scope.Year, scope.AsOf, scope.ParentCode, Row(scope.Unit), scope.Children.Select(Row).ToList(), missing, facts, bounds);
    }

    private static CommunityFacility Community(FigureCommunity c, List<RoomFacts> rooms, CommunitySite? site, StandardSet standards)
    {
        var area = rooms.Sum(r => r.Area);
        var main = rooms.OrderByDescending(r => r.Area).ThenBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault()?.Tenure ?? Tenure.None;
        var per100 = standards.For(c.Path, StandardCatalog.FacilityAreaPer100Households);
        var averageMin = standards.For(c.Path, StandardCatalog.FacilityAreaAverageMin);
        var required = per100 is null ? (decimal?)null : FacilityFormula.RequiredArea(c.Households, per100.Value);
        return new CommunityFacility(c.Code, c.Name, c.Path, c.Households, rooms.Count, area, main, FacilityFormula.AreaPer100(area, c.Households),
            required, required is { } r && area < r, averageMin is { } m && area < m.Value, site?.OutdoorArea, site?.EmergencyShelter ?? false);
    }

    private static MissingRooms? Missing(FigureCommunity c, List<RoomFacts> rooms, StandardSet standards, Dictionary<int, RoomSet> roomSets)
    {
        if (standards.For(c.Path, StandardCatalog.FacilityRoomSet) is not { } standard || !roomSets.TryGetValue((int)standard.Value, out var set))
        {
            return null;
        }
        var present = rooms.SelectMany(r => ServiceRoom.SplitRooms(r.FunctionRooms).Prepend(r.Name));
        var lacking = set.Missing(present);
        return lacking.Count == 0 ? null : new MissingRooms(c.Code, c.Name, set.Name, lacking, standard);
    }

    private static FacilityRow BuildRow(OrgUnit unit, List<CommunityFacility> mine, int missingRooms, List<decimal> bounds, StandardInForce? unitAverageMin, IReadOnlyList<StandardInForce> cited)
    {
        var (count, households, area) = (mine.Count, mine.Sum(f => f.Households), mine.Sum(f => f.Area));
        var average = count == 0 ? 0 : Math.Round(area / count, 1, MidpointRounding.AwayFromZero);
        int Count(Func<Tenure, bool> held) => mine.Count(f => f.Rooms > 0 && held(f.MainTenure));
        var own = Count(t => t.IsOwn());
        var rented = Count(t => t == Tenure.Rented);
        return new FacilityRow(unit.Code, unit.Name, unit.Kind, count, households, area, average, FacilityFormula.AreaPer100(area, households),
            mine.Sum(f => f.RequiredArea ?? 0), mine.Count(f => f.BelowPer100), mine.Count(f => f.BelowAverageMin),
            unitAverageMin is null || count == 0 ? null : average < unitAverageMin.Value,
            own, rented, Count(t => t == Tenure.Borrowed), mine.Count(f => f.Rooms == 0 || f.MainTenure == Tenure.None),
            FacilityFormula.Percent(own, count), FacilityFormula.Percent(rented, count),
            FacilityFormula.Bands(mine.Select(f => f.Area), bounds), missingRooms, mine.Sum(f => f.OutdoorArea ?? 0), mine.Count(f => f.EmergencyShelter), cited);
    }
}
