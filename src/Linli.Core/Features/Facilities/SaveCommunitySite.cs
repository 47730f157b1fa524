using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>Records a community's outdoor space and emergency shelter (户外场地、应急避难场所).</summary>
public sealed class SaveCommunitySite(LinliDb db, TimeProvider clock)
{
    public sealed record Draft(string OutdoorArea, bool EmergencyShelter, string ShelterArea);

    public async Task<Result<CommunitySite>> HandleAsync(Caller caller, string communityCode, Draft draft, CancellationToken ct = default)
    {
        if (!FacilityAccess.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能修改阵地信息", "Your role may not change facility records");
        }
        var community = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == communityCode.Trim() && o.Kind == OrgUnitKind.Community, ct);
        if (community is null || !caller.CanSee(community.Path))
        {
            return Failure.NotFound("未找到该社区或不在您的管辖范围内", "Community not found or outside your area");
        }
        if (!Area(draft.OutdoorArea, out var outdoor))
        {
            return Failure.Invalid("outdoorArea", "户外场地面积应为0到1000000之间的数字（平方米），可留空", "The outdoor area must be a number of m² from 0 to 1,000,000, or empty");
        }
        if (!Area(draft.ShelterArea, out var shelter) || (shelter is not null && !draft.EmergencyShelter))
        {
            return Failure.Invalid("shelterArea", "避难场所面积应为0到1000000之间的数字，且须先勾选“应急避难场所”", "The shelter area must be a number of m² from 0 to 1,000,000, with the shelter box ticked");
        }
        var site = await db.Set<CommunitySite>().FirstOrDefaultAsync(s => s.CommunityId == community.Id, ct);
        if (site is null)
        {
            site = new CommunitySite { CommunityId = community.Id, Path = community.Path };
            db.Add(site);
        }
        (site.OutdoorArea, site.EmergencyShelter, site.ShelterArea, site.UpdatedAt) = (outdoor, draft.EmergencyShelter, shelter, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return site;
    }

    private static bool Area(string text, out decimal? area)
    {
        area = null;
        if (text.Trim().Length == 0)
        {
            return true;
        }
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1_000_000)
        {
            area = Math.Round(value, 2);
            return true;
        }
        return false;
    }
}
