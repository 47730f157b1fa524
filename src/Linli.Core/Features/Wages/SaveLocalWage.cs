using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Wages;

/// <summary>Enters a unit's (usually a city's) average wage (yuan a year) and minimum wage (yuan a month) for a year.</summary>
public sealed class SaveLocalWage(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string? UnitCode, int? Year, decimal? AverageAnnual, decimal? MinimumMonthly);

    public async Task<Result<LocalWage>> HandleAsync(Caller caller, Command c, CancellationToken ct = default)
    {
        if (!SetStandard.MaySet(caller.Role))
        {
            return Failure.Forbidden("当前角色不能填报工资标准", "Your role may not enter wages");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var invalid = EntryUnit.Year(c.Year, now.Year)
            ?? (c.AverageAnnual is null && c.MinimumMonthly is null ? Failure.Invalid("averageAnnual", "请填写社会平均工资或最低工资标准", "Enter the average wage or the minimum wage") : null)
            ?? EntryUnit.Amount("averageAnnual", c.AverageAnnual, 10_000_000m, new("社会平均工资（元/年）", "The average wage (yuan a year)"), required: false)
            ?? EntryUnit.Amount("minimumMonthly", c.MinimumMonthly, 100_000m, new("最低工资标准（元/月）", "The minimum wage (yuan a month)"), required: false);
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
        var wage = await db.Set<LocalWage>().FirstOrDefaultAsync(w => w.Path == unit.Path && w.Year == c.Year, ct);
        if (wage is null)
        {
            wage = new LocalWage { OrgUnitId = unit.Id, Path = unit.Path, Year = c.Year!.Value };
            db.Add(wage);
        }
        (wage.AverageAnnual, wage.MinimumMonthly, wage.UpdatedAt) = (c.AverageAnnual, c.MinimumMonthly, now);
        await db.SaveChangesAsync(ct);
        return wage;
    }
}
