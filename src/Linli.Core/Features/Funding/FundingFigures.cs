using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Funding;

/// <summary>Budget and spending of one purpose or source.</summary>
public sealed record MoneyLine(Bilingual Label, decimal Budget, decimal Spent);

/// <summary>One community's year: its budget and spending, and the allocation the formula proposes.</summary>
public sealed record CommunityFunding(string Code, string Name, int Households, int AdmittedTasks, decimal Budget, decimal Spent,
    decimal? Proposed, long? FormulaId);

/// <summary>The formula a proposal used: where it was set and from which year.</summary>
public sealed record FormulaInForce(long Id, string SetAtCode, string SetAtName, int Year, decimal BaseAmount, decimal PerHousehold, decimal PerTask, decimal GrowthPercent);

/// <summary>
/// Funding (经费) for a unit and year: budget and spending by purpose and by source, spending rate,
/// the proposed allocation (base + per household + per admitted task, grown yearly) and the gap
/// between proposal and budget, per community, citing every formula used.
/// </summary>
public sealed record FundingReport(int Year, decimal Budget, decimal Spent, decimal? SpentPercent, decimal Proposed, decimal ProposalGap,
    IReadOnlyList<MoneyLine> ByCategory, IReadOnlyList<MoneyLine> BySource, IReadOnlyList<CommunityFunding> Communities, IReadOnlyList<FormulaInForce> Formulas);

public sealed class FundingFigures(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    public async Task<Result<FundingReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var loaded = await FigureScope.LoadAsync(db, resolver, clock, caller, unitCode, year, ct);
        if (!loaded.Ok)
        {
            return loaded.Failure!;
        }
        var scope = loaded.Value!;
        var root = scope.Unit.OrgPath;
        var lines = await db.Set<BudgetLine>().AsNoTracking().Under(root).Where(l => l.Year == year).ToListAsync(ct);
        var tasks = await db.Set<TaskCount>().AsNoTracking().Under(root).Where(t => t.Year == year).ToDictionaryAsync(t => t.CommunityId, t => t.AdmittedTasks, ct);
        var ancestors = StandardSet.AncestorPaths(scope.Unit.Path);
        var (lo, hi) = (root.Value, root.End);
#pragma warning disable CA1309, CA1310 // ordinal range on a "C"-collated column, see SubtreeQueries
        var formulas = await db.Set<FundingFormula>().AsNoTracking()
            .Where(f => f.Year <= year && (ancestors.Contains(f.Path) || (f.Path.CompareTo(lo) >= 0 && f.Path.CompareTo(hi) < 0))).ToListAsync(ct);
#pragma warning restore CA1309, CA1310
        var unitIds = formulas.Select(f => f.OrgUnitId).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);

        var byCommunity = lines.ToLookup(l => l.CommunityId);
        var communities = scope.Communities.Select(c =>
        {
            var formula = formulas.Where(f => c.Path.StartsWith(f.Path, StringComparison.Ordinal))
                .OrderByDescending(f => f.Path.Length).ThenByDescending(f => f.Year).FirstOrDefault();
            var taskCount = tasks.GetValueOrDefault(c.Id);
            var mine = byCommunity[c.Id].ToList();
            return new CommunityFunding(c.Code, c.Name, c.Households, taskCount, mine.Sum(l => l.Budget), mine.Sum(l => l.Spent),
                formula?.Propose(c.Households, taskCount, year), formula?.Id);
        }).ToList();

        var (budget, spent) = (lines.Sum(l => l.Budget), lines.Sum(l => l.Spent));
        var proposed = communities.Sum(c => c.Proposed ?? 0);
        var used = communities.Select(c => c.FormulaId).OfType<long>().ToHashSet();
        return new FundingReport(year, budget, spent, budget == 0 ? null : Math.Round(spent * 100m / budget, 1, MidpointRounding.AwayFromZero),
            proposed, proposed - communities.Where(c => c.Proposed is not null).Sum(c => c.Budget),
            FundingNames.Categories.Select(p => Money(p.Value, lines.Where(l => l.Category == p.Key))).ToList(),
            FundingNames.Sources.Select(p => Money(p.Value, lines.Where(l => l.Source == p.Key))).ToList(),
            communities,
            formulas.Where(f => used.Contains(f.Id)).OrderBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new FormulaInForce(f.Id, units[f.OrgUnitId].Code, units[f.OrgUnitId].Name, f.Year, f.BaseAmount, f.PerHousehold, f.PerTask, f.GrowthPercent)).ToList());
    }

    private static MoneyLine Money(Bilingual label, IEnumerable<BudgetLine> lines)
    {
        var list = lines.ToList();
        return new MoneyLine(label, list.Sum(l => l.Budget), list.Sum(l => l.Spent));
    }
}
