using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>
/// Records a new estate's "四个同步" stages (planned, built, accepted, handed over: date and m² each),
/// its number of units and whether it has its own committee. Stages must not go back in time.
/// </summary>
public sealed class SaveEstateHandover(LinliDb db, TimeProvider clock)
{
    public sealed record Stage(string? On, decimal? Area);

    public sealed record Command(int? TotalUnits, bool OwnCommittee, Stage? Planned, Stage? Built, Stage? Accepted, Stage? HandedOver);

    private static readonly (string Field, Bilingual Name)[] Stages =
    [
        ("planned", new("规划", "Planned")), ("built", new("建成", "Built")), ("accepted", new("验收", "Accepted")), ("handedOver", new("移交", "Handed over")),
    ];

    public async Task<Result<EstateHandover>> HandleAsync(Caller caller, long estateId, Command c, CancellationToken ct = default)
    {
        if (!FacilityAccess.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能修改新建小区信息", "Your role may not change new-estate records");
        }
        var estate = await (from e in db.Estates.AsNoTracking()
                            join o in db.OrgUnits on e.CommunityId equals o.Id
                            where e.Id == estateId
                            select new { e.Id, e.CommunityId, o.Path }).FirstOrDefaultAsync(ct);
        if (estate is null || !caller.CanSee(estate.Path))
        {
            return Failure.NotFound("未找到该小区或不在您的管辖范围内", "Estate not found or outside your area");
        }
        if (c.TotalUnits is not (>= 1 and <= 100_000))
        {
            return Failure.Invalid("totalUnits", "总套数应为1到100000之间的整数", "Units must be a whole number from 1 to 100,000");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var stages = new (DateOnly? On, decimal? Area)[4];
        Stage?[] given = [c.Planned, c.Built, c.Accepted, c.HandedOver];
        DateOnly? previous = null;
        for (var i = 0; i < 4; i++)
        {
            var (field, name) = Stages[i];
            DateOnly? on = null;
            if (!string.IsNullOrWhiteSpace(given[i]?.On))
            {
                if (!DateOnly.TryParseExact(given[i]!.On!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return Failure.Invalid(field, $"{name.Zh}日期应为如 2024-03-01 的日期", $"{name.En}: the date must look like 2024-03-01");
                }
                on = d;
            }
            if (i > 0 && on is not null && (previous is null || on < previous))
            {
                return Failure.Invalid(field, $"{name.Zh}日期不能早于上一阶段，且上一阶段须先填写", $"{name.En}: the date cannot precede the previous stage, which must be filled in first");
            }
            if (given[i]?.Area is { } area && (area < 0 || area > 100_000))
            {
                return Failure.Invalid(field, $"{name.Zh}面积应为0到100000之间的数字", $"{name.En}: the area must be a number of m² from 0 to 100,000");
            }
            stages[i] = (on, given[i]?.Area);
            previous = on ?? previous;
        }
        if (stages[3].On is { } handed && handed > today)
        {
            return Failure.Invalid("handedOver", "移交日期不能晚于今天", "The handover date cannot be in the future");
        }
        var record = await db.Set<EstateHandover>().FirstOrDefaultAsync(h => h.EstateId == estateId, ct);
        if (record is null)
        {
            record = new EstateHandover { EstateId = estate.Id, CommunityId = estate.CommunityId, Path = estate.Path };
            db.Add(record);
        }
        (record.TotalUnits, record.OwnCommittee, record.UpdatedAt) = (c.TotalUnits.Value, c.OwnCommittee, clock.GetUtcNow().UtcDateTime);
        (record.PlannedOn, record.PlannedArea) = stages[0];
        (record.BuiltOn, record.BuiltArea) = stages[1];
        (record.AcceptedOn, record.AcceptedArea) = stages[2];
        (record.HandedOverOn, record.HandedOverArea) = stages[3];
        await db.SaveChangesAsync(ct);
        return record;
    }
}
