using Linli.Core.Features.Hierarchy;

namespace Linli.Features.Hierarchy;

/// <summary>JSON shapes of the org-unit API: kinds and labels as names, counts flat.</summary>
public static class HierarchyResponses
{
    public sealed record UnitDto(long Id, string Code, string Name, string Kind, string KindName, long? ParentId, string? Estate, bool IsDemo);
    public sealed record CountsDto(int SubUnits, int Households, int Residents);
    public sealed record ChildDto(UnitDto Unit, CountsDto Counts);
    public sealed record SliceDto(string Key, string Label, string LabelEn, int Count);

    public static UnitDto Unit(UnitSummary u) =>
        new(u.Id, u.Code, u.Name, u.Kind.ToString(), KindNames.Of(u.Kind).ToString(), u.ParentId, u.EstateName, u.IsDemo);

    public static CountsDto Counts(UnitCounts c) => new(c.SubUnits, c.Households, c.Residents);

    public static object Estate(Estate e) => new { e.Id, e.CommunityId, e.Name };

    public static object Node(OrgNodeQuery.Node node) => new
    {
        unit = Unit(node.Unit),
        breadcrumb = node.Breadcrumb.Select(Unit),
        totals = Counts(node.Totals),
        direct = Counts(node.Direct),
        children = node.Children.Select(c => new ChildDto(Unit(c.Unit), Counts(c.Counts))),
        estates = node.Estates,
        households = node.Households,
    };

    public static object Profile(UnitProfileQuery.Profile p) => new
    {
        unit = Unit(p.Unit),
        households = p.Households,
        residents = p.Residents,
        residenceTypes = Slices(p.ResidenceTypes),
        keyGroups = Slices(p.KeyGroups),
        ageBands = Slices(p.AgeBands),
        sexes = Slices(p.Sexes),
        housingStatuses = Slices(p.HousingStatuses),
    };

    private static IEnumerable<SliceDto> Slices(IEnumerable<UnitProfileQuery.Slice> slices) =>
        slices.Select(s => new SliceDto(s.Key, s.Label.Zh, s.Label.En, s.Count));
}
