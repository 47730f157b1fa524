using Linli.Core.Common;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;

namespace Linli.Core.Features.Facilities;

/// <summary>Communities whose service-room area falls in [From, To) m² (To null = and above).</summary>
public sealed record AreaBand(decimal From, decimal? To, Bilingual Label, int Communities);

/// <summary>One community's facility facts, the records every rolled-up facility figure counts.</summary>
public sealed record CommunityFacility(
    string Code, string Name, string Path, int Households, int Rooms, decimal Area, Tenure MainTenure, decimal? AreaPer100Households,
    decimal? RequiredArea, bool BelowPer100, bool BelowAverageMin, decimal? OutdoorArea, bool EmergencyShelter);

/// <summary>
/// Facility figures of a unit or of one of its child units. Own = communities whose largest room
/// is built or bought; Rented / Borrowed likewise; WithoutRooms = no room recorded, or only 无.
/// </summary>
public sealed record FacilityRow(
    string Code, string Name, OrgUnitKind Kind, int Communities, int Households,
    decimal AreaTotal, decimal AreaAverage, decimal? AreaPer100Households, decimal AreaRequired,
    int BelowPer100, int BelowAverageMin, bool? AverageBelowMin,
    int Own, int Rented, int Borrowed, int WithoutRooms, decimal? OwnPercent, decimal? RentedPercent,
    IReadOnlyList<AreaBand> Bands, int CommunitiesMissingRooms, decimal OutdoorAreaTotal, int EmergencyShelters,
    IReadOnlyList<StandardInForce> Standards);

/// <summary>A community that lacks rooms of the room set in force for it.</summary>
public sealed record MissingRooms(string Code, string Name, string RoomSet, IReadOnlyList<string> Missing, StandardInForce Standard);

/// <summary>Facility figures (阵地) for a unit and year: the unit, one row per child, rooms missing, and the per-community records.</summary>
public sealed record FacilityReport(int Year, DateOnly AsOf, string? ParentCode, FacilityRow Total, IReadOnlyList<FacilityRow> Children,
    IReadOnlyList<MissingRooms> RoomsMissing, IReadOnlyList<CommunityFacility> Communities, IReadOnlyList<decimal> BandBounds);
