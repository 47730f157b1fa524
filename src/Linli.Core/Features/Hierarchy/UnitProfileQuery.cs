using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Profile of any unit (社区概况): households and active residents in its subtree, by residence
/// type, key group, age band, sex and housing status. Each breakdown is one grouped query on the
/// Path range, so a street or a city costs the same number of round trips as a building.
/// </summary>
public sealed class UnitProfileQuery(LinliDb db, TimeProvider clock)
{
    public sealed record Slice(string Key, Bilingual Label, int Count);

    public sealed record Profile(
        UnitSummary Unit,
        IReadOnlyList<UnitSummary> Breadcrumb,
        int Households,
        int Residents,
        IReadOnlyList<Slice> ResidenceTypes,
        IReadOnlyList<Slice> KeyGroups,
        IReadOnlyList<Slice> AgeBands,
        IReadOnlyList<Slice> Sexes,
        IReadOnlyList<Slice> HousingStatuses);

    public async Task<Result<Profile>> HandleAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var unit = await OrgNodeQuery.FindVisibleAsync(db, caller, id, ct);
        if (unit is null)
        {
            return OrgNodeQuery.NotFound;
        }
        var path = new OrgPath(unit.Path);
        var residents = db.Residents.AsNoTracking().Under(path).Where(r => r.Status == ResidentStatus.Active);

        var byType = await residents.GroupBy(r => r.ResidenceType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bySex = await residents.GroupBy(r => r.Sex).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byHousing = await db.Households.AsNoTracking().Under(path).GroupBy(h => h.HousingStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTag = await db.ResidentTags.AsNoTracking()
            .Join(residents, t => t.ResidentId, r => r.Id, (t, r) => t.Tag)
            .GroupBy(t => t).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var ageBands = await AgeBandsAsync(residents, ct);

        var mayDisclose = caller.Role.CanDiscloseDocument();
        var elderly = new[]
        {
            new Slice(Registry.KeyGroups.Elderly60, ProfileLabels.Tag(Registry.KeyGroups.Elderly60), ageBands[3].Count + ageBands[4].Count),
            new Slice(Registry.KeyGroups.Elderly80, ProfileLabels.Tag(Registry.KeyGroups.Elderly80), ageBands[4].Count),
        };
        var recorded = Registry.KeyGroups.Recorded
            .Where(g => !g.Restricted || mayDisclose)
            .Select(g => new Slice(g.Tag, ProfileLabels.Tag(g.Tag), byTag.FirstOrDefault(t => t.Key == g.Tag)?.Count ?? 0));

        return new Profile(
            OrgNodeQuery.Summarize(unit),
            await OrgNodeQuery.BreadcrumbAsync(db, caller, path, ct),
            await db.Households.Under(path).CountAsync(ct),
            byType.Sum(t => t.Count),
            Enum.GetValues<ResidenceType>().Select(t => new Slice(t.ToString(), ProfileLabels.Of(t), byType.FirstOrDefault(x => x.Key == t)?.Count ?? 0)).ToList(),
            [.. elderly, .. recorded],
            ageBands,
            new Sex?[] { Sex.Male, Sex.Female, null }.Select(s => new Slice(s?.ToString() ?? "Unknown", ProfileLabels.Of(s), bySex.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
            Enum.GetValues<HousingStatus>().Select(s => new Slice(s.ToString(), ProfileLabels.Of(s), byHousing.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList());
    }

    /// <summary>Bands by birth date against today's cut-off dates, as one CASE expression grouped in SQL.</summary>
    private async Task<IReadOnlyList<Slice>> AgeBandsAsync(IQueryable<Resident> residents, CancellationToken ct)
    {
        // Ages as of today in China (UTC+8, no daylight saving time since 1991).
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
        var b18 = Hierarchy.AgeBands.BornBy(today, 18);
        var b35 = Hierarchy.AgeBands.BornBy(today, 35);
        var b60 = Hierarchy.AgeBands.BornBy(today, 60);
        var b80 = Hierarchy.AgeBands.BornBy(today, 80);
        var counts = await residents
            .Select(r => r.BirthDate == null ? Hierarchy.AgeBands.Unknown
                : r.BirthDate > b18 ? 0
                : r.BirthDate > b35 ? 1
                : r.BirthDate > b60 ? 2
                : r.BirthDate > b80 ? 3
                : 4)
            .GroupBy(b => b).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var bands = Hierarchy.AgeBands.All.Select(b => new Slice($"{b.From}-{b.To}", b.Label, counts.FirstOrDefault(c => c.Key == b.Index)?.Count ?? 0)).ToList();
        bands.Add(new Slice("unknown", Hierarchy.AgeBands.UnknownLabel, counts.FirstOrDefault(c => c.Key == Hierarchy.AgeBands.Unknown)?.Count ?? 0));
        return bands;
    }
}
