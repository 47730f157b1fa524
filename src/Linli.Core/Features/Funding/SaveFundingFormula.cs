using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Funding;

/// <summary>
/// Sets the allocation formula at a unit from a year (base + per household + per admitted task, growth % a year),
/// or enters a community's admitted-task count for a year until the admission feature counts them.
/// </summary>
public sealed class SaveFundingFormula(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string? UnitCode, int? Year, decimal? BaseAmount, decimal? PerHousehold, decimal? PerTask, decimal? GrowthPercent);

    public async Task<Result<FundingFormula>> HandleAsync(Caller caller, Command c, CancellationToken ct = default)
    {
        if (!SetStandard.MaySet(caller.Role))
        {
            return Failure.Forbidden("当前角色不能设定经费测算公式", "Your role may not set the funding formula");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var invalid = EntryUnit.Year(c.Year, now.Year)
            ?? EntryUnit.Amount("baseAmount", c.BaseAmount, 100_000_000m, new("基数", "The base amount"))
            ?? EntryUnit.Amount("perHousehold", c.PerHousehold ?? 0, 100_000m, new("每户金额", "The amount per household"))
            ?? EntryUnit.Amount("perTask", c.PerTask ?? 0, 10_000_000m, new("每项事项金额", "The amount per task"))
            ?? (c.GrowthPercent is { } g && (g < -50 || g > 100) ? Failure.Invalid("growthPercent", "年增长率应在-50%到100%之间", "The yearly growth must be between -50% and 100%") : null);
        if (invalid is not null)
        {
            return invalid;
        }
        var found = await EntryUnit.FindAsync(db, caller, c.UnitCode, community: false, ct);
        if (!found.Ok)
        {
            return found.Failure!;
        }
        var unit = found.Value!;
        var formula = await db.Set<FundingFormula>().FirstOrDefaultAsync(f => f.Path == unit.Path && f.Year == c.Year, ct);
        if (formula is null)
        {
            formula = new FundingFormula { OrgUnitId = unit.Id, Path = unit.Path, Year = c.Year!.Value, CreatedBy = caller.Name };
            db.Add(formula);
        }
        (formula.BaseAmount, formula.PerHousehold, formula.PerTask, formula.GrowthPercent, formula.UpdatedAt) =
            (c.BaseAmount!.Value, c.PerHousehold ?? 0, c.PerTask ?? 0, c.GrowthPercent ?? 0, now);
        await db.SaveChangesAsync(ct);
        return formula;
    }

    public async Task<Result<TaskCount>> SetTasksAsync(Caller caller, string? communityCode, int? year, int? tasks, CancellationToken ct = default)
    {
        if (caller.Role is not (Role.CivilAffairs or Role.StreetOffice))
        {
            return Failure.Forbidden("当前角色不能填报准入事项数", "Your role may not enter admitted-task counts");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if ((EntryUnit.Year(year, now.Year) ?? (tasks is >= 0 and <= 10_000 ? null : Failure.Invalid("tasks", "准入事项数应为0到10000之间的整数", "The task count must be a whole number from 0 to 10,000"))) is { } invalid)
        {
            return invalid;
        }
        var found = await EntryUnit.FindAsync(db, caller, communityCode, community: true, ct);
        if (!found.Ok)
        {
            return found.Failure!;
        }
        var community = found.Value!;
        var count = await db.Set<TaskCount>().FirstOrDefaultAsync(t => t.CommunityId == community.Id && t.Year == year, ct);
        if (count is null)
        {
            count = new TaskCount { CommunityId = community.Id, Path = community.Path, Year = year!.Value };
            db.Add(count);
        }
        (count.AdmittedTasks, count.UpdatedAt) = (tasks!.Value, now);
        await db.SaveChangesAsync(ct);
        return count;
    }
}
