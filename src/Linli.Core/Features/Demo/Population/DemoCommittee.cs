using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Demo.Population;

/// <summary>A residents' or villagers' committee (社区/村) the demo population is generated for.</summary>
public sealed record DemoCommittee(long Id, string Code, string Path, int Depth, CommitteeType? Type)
{
    /// <summary>The county (区/县) code: the region code of the ID numbers of the people who live here.</summary>
    public string CountyCode => Code[..6];

    /// <summary>Urban committees get estates and buildings; villages have households in grids only.</summary>
    public bool IsUrban => Type?.IsUrban() ?? false;
}

/// <summary>
/// What the generator makes for one committee, as entities that are not tracked by EF: ids are
/// given by <see cref="DemoPopulationWriter"/>, which reads the links from the navigations
/// (building → grid and estate, household → members → tags).
/// </summary>
public sealed record CommunityPopulation(
    DemoCommittee Committee,
    IReadOnlyList<OrgUnit> Grids,
    IReadOnlyList<Estate> Estates,
    IReadOnlyList<OrgUnit> Buildings,
    IReadOnlyList<Household> Households);
