using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>A community's facility records for the edit page: its rooms and its outdoor space.</summary>
public sealed class FacilityRecords(LinliDb db)
{
    public sealed record Room(long Id, string Name, decimal Area, Tenure Tenure, string FunctionRooms, int Version);

    public sealed record Community(string Code, string Name, IReadOnlyList<Room> Rooms, CommunitySite? Site)
    {
        public decimal Area => Rooms.Sum(r => r.Area);
    }

    public async Task<Result<Community>> HandleAsync(Caller caller, string communityCode, CancellationToken ct = default)
    {
        var community = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == communityCode.Trim(), ct);
        if (community is null || !caller.CanSee(community.Path))
        {
            return Failure.NotFound("未找到该社区或不在您的管辖范围内", "Community not found or outside your area");
        }
        if (community.Kind != OrgUnitKind.Community)
        {
            return Failure.Invalid("community", "请输入社区（村）代码", "Enter a community code");
        }
        var rooms = (await db.Set<ServiceRoom>().AsNoTracking().Where(r => r.CommunityId == community.Id)
                .Select(r => new Room(r.Id, r.Name, r.Area, r.Tenure, r.FunctionRooms, r.Version)).ToListAsync(ct))
            .OrderByDescending(r => r.Area).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var site = await db.Set<CommunitySite>().AsNoTracking().FirstOrDefaultAsync(s => s.CommunityId == community.Id, ct);
        return new Community(community.Code, community.Name, rooms, site);
    }
}
