using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Funding;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.SocialOrgs;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>A community's budget lines of a year and its social organizations, for the page that edits them.</summary>
public sealed class CommunityLedger(LinliDb db)
{
    public sealed record Org(long Id, string Name, SocialOrgType Type, bool Registered, DateOnly RegisteredOn, bool Active);

    public sealed record Ledger(string Code, string Name, int Year, IReadOnlyList<BudgetLine> Budget, int? AdmittedTasks, IReadOnlyList<Org> Organizations);

    public async Task<Result<Ledger>> HandleAsync(Caller caller, string communityCode, int year, CancellationToken ct = default)
    {
        var community = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == communityCode.Trim(), ct);
        if (community is null || !caller.CanSee(community.Path) || community.Kind != OrgUnitKind.Community)
        {
            return Failure.NotFound("未找到该社区或不在您的管辖范围内", "Community not found or outside your area");
        }
        var lines = (await db.Set<BudgetLine>().AsNoTracking().Where(l => l.CommunityId == community.Id && l.Year == year).ToListAsync(ct))
            .OrderBy(l => l.Category).ThenBy(l => l.Source).ToList();
        var tasks = await db.Set<TaskCount>().AsNoTracking().Where(t => t.CommunityId == community.Id && t.Year == year).Select(t => (int?)t.AdmittedTasks).FirstOrDefaultAsync(ct);
        var orgs = (await db.Set<SocialOrganization>().AsNoTracking().Where(o => o.CommunityId == community.Id)
                .Select(o => new Org(o.Id, o.Name, o.Type, o.Registered, o.RegisteredOn, o.Active)).ToListAsync(ct))
            .OrderByDescending(o => o.Active).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        return new Ledger(community.Code, community.Name, year, lines, tasks, orgs);
    }
}
