using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.SocialOrgs;

/// <summary>Registers or edits a social organization (社会组织登记/备案) of a community.</summary>
public sealed class SaveSocialOrganization(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string? CommunityCode, string? Name, string? Type, bool Registered, string? RegisteredOn, bool Active = true);

    public async Task<Result<SocialOrganization>> HandleAsync(Caller caller, long? id, Command c, CancellationToken ct = default)
    {
        if (!FacilityAccess.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能登记社会组织", "Your role may not register social organizations");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var name = c.Name?.Trim() ?? "";
        var type = SocialOrgTypeNames.All.Where(p => p.Value.Zh == c.Type?.Trim()).Select(p => (SocialOrgType?)p.Key).FirstOrDefault();
        var dated = DateOnly.TryParseExact(c.RegisteredOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on);
        var invalid = name.Length is 0 or > 100 ? Failure.Invalid("name", "请填写组织名称（不超过100字）", "Enter the organization's name (up to 100 characters)")
            : type is null ? Failure.Invalid("type", "类别应为：公益慈善、生活服务、文体活动、专业调处、其他", "Type must be one of 公益慈善, 生活服务, 文体活动, 专业调处, 其他")
            : !dated || on > DateOnly.FromDateTime(now) ? Failure.Invalid("registeredOn", "登记/备案日期应为不晚于今天的日期，如 2024-03-01", "The registration date must be a date not after today, e.g. 2024-03-01")
            : null;
        if (invalid is not null)
        {
            return invalid;
        }
        var found = await EntryUnit.FindAsync(db, caller, c.CommunityCode, community: true, ct);
        if (!found.Ok)
        {
            return found.Failure!;
        }
        var community = found.Value!;
        var orgs = db.Set<SocialOrganization>();
        SocialOrganization? org = null;
        if (id is { } existing && ((org = await orgs.FirstOrDefaultAsync(o => o.Id == existing, ct)) is null || !caller.CanSee(org.Path)))
        {
            return Failure.NotFound("未找到该社会组织", "Organization not found");
        }
        if (await orgs.AnyAsync(o => o.CommunityId == community.Id && o.Name == name && o.Id != (id ?? 0), ct))
        {
            return Failure.Invalid("name", $"{community.Name}已登记名为“{name}”的组织", $"{community.Name} already has an organization named {name}");
        }
        if (org is null)
        {
            org = new SocialOrganization { CommunityId = community.Id, Path = community.Path, Name = name, CreatedAt = now };
            orgs.Add(org);
        }
        (org.CommunityId, org.Path, org.Name, org.Type, org.Registered, org.RegisteredOn, org.Active, org.UpdatedAt) =
            (community.Id, community.Path, name, type!.Value, c.Registered, on, c.Active, now);
        await db.SaveChangesAsync(ct);
        return org;
    }
}
