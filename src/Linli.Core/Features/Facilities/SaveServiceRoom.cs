using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>Adds or edits one service room from the form (阵地用房登记), inside the caller's area; audited row by row.</summary>
public sealed class SaveServiceRoom(LinliDb db, TimeProvider clock)
{
    public async Task<Result<ServiceRoom>> HandleAsync(Caller caller, long? roomId, RoomDraft draft, int? version = null, CancellationToken ct = default)
    {
        if (!FacilityAccess.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能修改阵地信息", "Your role may not change facility records");
        }
        var (valid, errors) = draft.Validate();
        if (valid is null)
        {
            return errors[0];
        }
        var community = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == valid.CommunityCode && o.Kind == OrgUnitKind.Community, ct);
        if (community is null || !caller.CanSee(community.Path))
        {
            return Failure.Invalid(FacilityTemplate.CommunityCode, $"社区代码 {valid.CommunityCode} 不存在或不在您的管辖范围内", $"Community {valid.CommunityCode} does not exist or is outside your area");
        }
        var rooms = db.Set<ServiceRoom>();
        ServiceRoom? room = null;
        if (roomId is { } id)
        {
            room = await rooms.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (room is null || !caller.CanSee(room.Path))
            {
                return Failure.NotFound("未找到该用房", "Room not found");
            }
            if (version is { } v && v != room.Version)
            {
                return Failure.ConcurrentEdit;
            }
        }
        if (await rooms.AnyAsync(r => r.CommunityId == community.Id && r.Name == valid.Name && r.Id != (roomId ?? 0), ct))
        {
            return Failure.Invalid(FacilityTemplate.RoomName, $"{community.Name}已有名为“{valid.Name}”的用房", $"{community.Name} already has a room named {valid.Name}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (room is null)
        {
            room = new ServiceRoom { CommunityId = community.Id, Path = community.Path, Name = valid.Name, CreatedAt = now };
            rooms.Add(room);
        }
        (room.CommunityId, room.Path, room.Name, room.Area, room.Tenure, room.FunctionRooms, room.UpdatedAt) =
            (community.Id, community.Path, valid.Name, valid.Area, valid.Tenure, valid.FunctionRooms, now);
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return room;
    }

    /// <summary>Removes a room the community no longer has (a borrowed room given back); the audit log keeps what it was.</summary>
    public async Task<Result<ServiceRoom>> DeleteAsync(Caller caller, long roomId, CancellationToken ct = default)
    {
        if (!FacilityAccess.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能修改阵地信息", "Your role may not change facility records");
        }
        var room = await db.Set<ServiceRoom>().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !caller.CanSee(room.Path))
        {
            return Failure.NotFound("未找到该用房", "Room not found");
        }
        db.Remove(room);
        await db.SaveChangesAsync(ct);
        return room;
    }
}
