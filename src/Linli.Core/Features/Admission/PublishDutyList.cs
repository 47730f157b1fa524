using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>
/// Publishes a new version of a jurisdiction's duty list (发布工作事项清单). The version in force
/// until then at the same unit is closed the day before the new one takes effect.
/// </summary>
public sealed class PublishDutyList(LinliDb db, TimeProvider clock)
{
    public sealed record Entry(string? Kind, string? Title, string? LegalBasis, string? Department, bool RequiresFunds, bool RequiresPeople, string? TaskKind);

    public sealed record Command(string? UnitCode, string? Title, DateOnly? EffectiveFrom, IReadOnlyList<Entry>? Entries, bool IsDemo = false);

    public static bool MayPublish(Role role) => role is Role.CivilAffairs or Role.SystemAdmin or Role.AdmissionReviewer;

    public async Task<Result<DutyList>> HandleAsync(Caller? caller, Command command, CancellationToken ct = default)
    {
        if (caller is not null && !MayPublish(caller.Role))
        {
            return Failure.Forbidden("当前角色不能发布工作事项清单", "Your role may not publish duty lists");
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == (command.UnitCode ?? "").Trim(), ct);
        if (unit is null || (caller is not null && !caller.CanSee(unit.Path)))
        {
            return Failure.Invalid("unitCode", $"单位代码 {command.UnitCode} 不存在或不在您的管辖范围内", $"Unit {command.UnitCode} does not exist or is outside your area");
        }
        if (string.IsNullOrWhiteSpace(command.Title))
        {
            return Failure.Invalid("title", "请填写清单名称", "Enter the list's title");
        }
        if (command.EffectiveFrom is not { } from)
        {
            return Failure.Invalid("effectiveFrom", "请填写生效日期", "Enter the date the list takes effect");
        }
        if (command.Entries is not { Count: > 0 } input)
        {
            return Failure.Invalid("entries", "清单至少要有一个事项", "The list needs at least one entry");
        }
        var entries = new List<DutyEntry>();
        for (var i = 0; i < input.Count; i++)
        {
            var e = input[i];
            var row = i + 1;
            if (DutyKindNames.Parse(e.Kind) is not { } kind)
            {
                return Failure.Invalid("entries", $"第{row}项：类别应为 依法履职事项、依法协助事项 或 负面清单", $"Entry {row}: the part must be Statutory, Assisting or Negative");
            }
            if (string.IsNullOrWhiteSpace(e.Title) || e.Title.Trim().Length > 200)
            {
                return Failure.Invalid("entries", $"第{row}项：请填写事项名称（不超过200字）", $"Entry {row}: enter a title (at most 200 characters)");
            }
            AdmissionKind? taskKind = null;
            if (!string.IsNullOrWhiteSpace(e.TaskKind))
            {
                taskKind = AdmissionKindNames.Parse(e.TaskKind);
                if (taskKind is null)
                {
                    return Failure.Invalid("entries", $"第{row}项：事项类型“{e.TaskKind}”无效", $"Entry {row}: unknown kind \"{e.TaskKind}\"");
                }
            }
            entries.Add(new DutyEntry
            {
                Kind = kind, Title = e.Title.Trim(), LegalBasis = Clip(e.LegalBasis, 300), Department = Clip(e.Department, 100),
                RequiresFunds = e.RequiresFunds, RequiresPeople = e.RequiresPeople, TaskKind = taskKind, SortOrder = row,
            });
        }
        var existing = await db.DutyLists.Where(l => l.Path == unit.Path).ToListAsync(ct);
        if (existing.Any(l => l.EffectiveFrom >= from))
        {
            return Failure.Conflict("该单位已有同日或更晚生效的清单版本", "This unit already has a version effective on or after that date");
        }
        foreach (var open in existing.Where(l => l.EffectiveTo is null || l.EffectiveTo >= from))
        {
            open.EffectiveTo = from.AddDays(-1);
        }
        var list = new DutyList
        {
            OrgUnitId = unit.Id, Path = unit.Path, Title = Clip(command.Title, 200), Number = existing.Count == 0 ? 1 : existing.Max(l => l.Number) + 1,
            EffectiveFrom = from, PublishedBy = caller?.Name ?? "system", PublishedAt = clock.GetUtcNow().UtcDateTime, IsDemo = command.IsDemo, Entries = entries,
        };
        db.DutyLists.Add(list);
        await db.SaveChangesAsync(ct);
        return list;
    }

    private static string Clip(string? text, int max) => (text ?? "").Trim() is var t && t.Length > max ? t[..max] : (text ?? "").Trim();
}
