using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.SocialOrgs;

/// <summary>One community's active organizations against the target in force (urban communities only have one).</summary>
public sealed record CommunityOrgs(string Code, string Name, bool Urban, int Organizations, decimal? Target, bool BelowTarget);

public sealed record SocialOrgRow(string Code, string Name, OrgUnitKind Kind, int Communities, int UrbanCommunities, int Organizations,
    decimal? PerUrbanCommunity, int UrbanBelowTarget, IReadOnlyList<StandardInForce> Standards);

/// <summary>
/// Social organizations per community (社会组织): active organizations registered or filed by the
/// as-of date, per urban community against <c>social_orgs_per_urban_community</c>, rolled up.
/// </summary>
public sealed record SocialOrgReport(int Year, DateOnly AsOf, SocialOrgRow Total, IReadOnlyList<SocialOrgRow> Children,
    IReadOnlyList<CommunityOrgs> Communities, IReadOnlyList<TypeCount> ByType);

public sealed record TypeCount(Bilingual Type, int Count);

public sealed class SocialOrgFigures(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    public async Task<Result<SocialOrgReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var loaded = await FigureScope.LoadAsync(db, resolver, clock, caller, unitCode, year, ct);
        if (!loaded.Ok)
        {
            return loaded.Failure!;
        }
        var scope = loaded.Value!;
        var asOf = scope.AsOf;
        var orgs = await db.Set<SocialOrganization>().AsNoTracking().Under(scope.Unit.OrgPath)
            .Where(o => o.Active && o.RegisteredOn <= asOf).Select(o => new { o.CommunityId, o.Type }).ToListAsync(ct);
        var counts = orgs.GroupBy(o => o.CommunityId).ToDictionary(g => g.Key, g => g.Count());
        var communities = scope.Communities.Select(c =>
        {
            var target = c.Urban ? scope.Standards.For(c.Path, StandardCatalog.SocialOrgsPerUrbanCommunity) : null;
            var count = counts.GetValueOrDefault(c.Id);
            return (Line: new CommunityOrgs(c.Code, c.Name, c.Urban, count, target?.Value, target is not null && count < target.Value), c.Path, Standard: target);
        }).ToList();

        SocialOrgRow Row(OrgUnit unit)
        {
            var mine = communities.Where(c => c.Path.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
            var urban = mine.Where(c => c.Line.Urban).ToList();
            var urbanOrgs = urban.Sum(c => c.Line.Organizations);
            return new SocialOrgRow(unit.Code, unit.Name, unit.Kind, mine.Count, urban.Count, mine.Sum(c => c.Line.Organizations),
                urban.Count == 0 ? null : Math.Round((decimal)urbanOrgs / urban.Count, 1, MidpointRounding.AwayFromZero),
                urban.Count(c => c.Line.BelowTarget), FigureScope.Cite(mine.Select(c => c.Standard)));
        }
        var byType = SocialOrgTypeNames.All.Select(p => new TypeCount(p.Value, orgs.Count(o => o.Type == p.Key))).ToList();
        return new SocialOrgReport(scope.Year, asOf, Row(scope.Unit), scope.Children.Select(Row).ToList(), communities.Select(c => c.Line).ToList(), byType);
    }
}
