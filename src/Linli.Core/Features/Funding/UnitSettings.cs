using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Wages;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Funding;

/// <summary>The wage rows and funding formulas entered at a unit, newest year first, for the page that sets them.</summary>
public sealed class UnitSettings(LinliDb db)
{
    public sealed record Settings(string Code, string Name, IReadOnlyList<LocalWage> Wages, IReadOnlyList<FundingFormula> Formulas);

    public async Task<Result<Settings>> HandleAsync(Caller caller, string unitCode, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var wages = await db.Set<LocalWage>().AsNoTracking().Where(w => w.Path == unit.Path).OrderByDescending(w => w.Year).ToListAsync(ct);
        var formulas = await db.Set<FundingFormula>().AsNoTracking().Where(f => f.Path == unit.Path).OrderByDescending(f => f.Year).ToListAsync(ct);
        return new Settings(unit.Code, unit.Name, wages, formulas);
    }
}
