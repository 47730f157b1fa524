using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// Opens a household (立户) at an address in a community of the caller: grid, estate and building
/// are found by name or created, as an import would. Callers above community level name the
/// community by its 12-digit code; it must be in their area.
/// </summary>
public sealed class CreateHousehold(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string? CommunityCode, string? Grid, string? Estate, string? Building, string? Entrance, string? Room, HousingStatus HousingStatus = HousingStatus.Owner);

    public async Task<Result<Household>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return RegistryRules.CannotEdit;
        }
        var community = await CommunityAsync(caller, command.CommunityCode, ct);
        if (community.Failure is { } failure)
        {
            return failure;
        }
        var room = command.Room?.Trim() ?? "";
        if (room.Length == 0)
        {
            return Failure.Invalid("room", "请填写房号", "Room is required");
        }
        foreach (var (value, field, zh, en, max) in new[]
        {
            (command.Grid, "grid", "网格", "Grid", 50), (command.Estate, "estate", "小区", "Estate", 50),
            (command.Building, "building", "楼栋", "Building", 50), (command.Entrance, "entrance", "单元", "Entrance", 20), (room, "room", "房号", "Room", 20),
        })
        {
            if (RegistryRules.OptionalText(value, max, field, zh, en).Failure is { } tooLong)
            {
                return tooLong;
            }
        }
        if (!Enum.IsDefined(command.HousingStatus))
        {
            return Failure.Invalid("housingStatus", "住房情况无效", "Housing status is invalid");
        }

        var resolver = new AddressResolver(db);
        var place = await resolver.ResolveAsync(new HouseholdAddress(community.Value!.Code, command.Grid, command.Estate, command.Building, command.Entrance?.Trim() ?? "", room), ct: ct);
        if (place.Value is not { } at)
        {
            return place.Failure!;
        }
        if (!caller.CanSee(at.Path))
        {
            return Failure.Forbidden("该地址不在您的管辖范围内", "This address is outside your area");
        }
        var entrance = command.Entrance?.Trim() ?? "";
        var buildingId = at.Building?.Id;
        if (buildingId is not 0 && await db.Households.AnyAsync(h => h.CommunityId == at.Community.Id && h.BuildingId == buildingId && h.Entrance == entrance && h.Room == room, ct))
        {
            return Failure.Conflict("该地址已有户档案，请直接在该户下添加成员", "A household already exists at this address; add members to it");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var household = new Household
        {
            CommunityId = at.Community.Id, Grid = at.Grid, Estate = at.Estate, Building = at.Building, Path = at.Path,
            Entrance = entrance, Room = room, HousingStatus = command.HousingStatus, CreatedAt = now, UpdatedAt = now,
        };
        db.Households.Add(household);
        await db.SaveChangesAsync(ct);
        return household;
    }

    private async Task<Result<OrgUnit>> CommunityAsync(Caller caller, string? code, CancellationToken ct)
    {
        var own = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == caller.OrgUnitId, ct);
        if (own.Kind >= OrgUnitKind.Community)
        {
            // Accounts at a grid or building work for the community above them.
            var communityPath = string.Join('/', own.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(5)) + "/";
            return await db.OrgUnits.FirstAsync(o => o.Path == communityPath, ct);
        }
        if (string.IsNullOrWhiteSpace(code))
        {
            return Failure.Invalid("communityCode", "请填写社区代码（12位）", "Enter the community code (12 digits)");
        }
        var community = await db.OrgUnits.FirstOrDefaultAsync(o => o.Code == code.Trim() && o.Kind == OrgUnitKind.Community, ct);
        if (community is null || !caller.CanSee(community.Path))
        {
            return Failure.Invalid("communityCode", $"社区代码“{code.Trim()}”不存在或不在您的管辖范围内", $"Community code \"{code.Trim()}\" does not exist or is outside your area");
        }
        return community;
    }
}
