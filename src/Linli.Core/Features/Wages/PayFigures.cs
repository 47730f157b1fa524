using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Wages;

/// <summary>A wage row a threshold used: where it was entered and for which year.</summary>
public sealed record WageInForce(long Id, string SetAtCode, string SetAtName, int Year, decimal? AverageAnnual, decimal? MinimumMonthly);

/// <summary>Workers with a recorded pay checked against one rule, and how many fall below it.</summary>
public sealed record PayCheck(string Key, Bilingual Name, int Checked, int Below, IReadOnlyList<StandardInForce> Standards, IReadOnlyList<WageInForce> Wages);

/// <summary>A worker paid below a threshold (monthly yuan); null threshold = that rule did not apply.</summary>
public sealed record UnderpaidWorker(long Id, string Name, string CommunityCode, string CommunityName, decimal MonthlyPay,
    decimal? AverageWageThreshold, decimal? MinimumWageThreshold, bool BelowAverageRule, bool BelowMinimumRule);

/// <summary>
/// Pay of the workers on the roll (as of 31 December / today) against the local wages: below
/// <c>pay_multiple_of_average_wage</c> × last year's average wage ÷ 12, or below
/// <c>pay_multiple_of_minimum_wage</c> × this year's monthly minimum wage.
/// </summary>
public sealed record PayReport(int Year, DateOnly AsOf, int OnRoll, int WithPay, decimal? AveragePay,
    PayCheck VsAverageWage, PayCheck VsMinimumWage, IReadOnlyList<UnderpaidWorker> Underpaid);

public sealed class PayFigures(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    public async Task<Result<PayReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var loaded = await FigureScope.LoadAsync(db, resolver, clock, caller, unitCode, year, ct);
        if (!loaded.Ok)
        {
            return loaded.Failure!;
        }
        var scope = loaded.Value!;
        var asOf = scope.AsOf;
        var workers = (await db.CommunityWorkers.AsNoTracking().Under(scope.Unit.OrgPath)
                .Where(w => w.HireDate <= asOf && (w.LeaveDate == null || w.LeaveDate > asOf))
                .Select(w => new { w.Id, w.Name, w.CommunityId, w.Path, w.MonthlyPay }).ToListAsync(ct))
            .OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Name, StringComparer.Ordinal).ToList();
        var ancestors = StandardSet.AncestorPaths(scope.Unit.Path);
        var (lo, hi) = (scope.Unit.OrgPath.Value, scope.Unit.OrgPath.End);
#pragma warning disable CA1309, CA1310 // ordinal range on a "C"-collated column, see SubtreeQueries
        var wages = await (from w in db.Set<LocalWage>().AsNoTracking()
                           where (w.Year == year || w.Year == year - 1) && (ancestors.Contains(w.Path) || (w.Path.CompareTo(lo) >= 0 && w.Path.CompareTo(hi) < 0))
                           join u in db.OrgUnits on w.OrgUnitId equals u.Id
                           select new { Row = new WageInForce(w.Id, u.Code, u.Name, w.Year, w.AverageAnnual, w.MinimumMonthly), w.Path }).ToListAsync(ct);
#pragma warning restore CA1309, CA1310
        WageInForce? Nearest(string path, int wageYear, Func<WageInForce, bool> has) => wages
            .Where(w => w.Row.Year == wageYear && has(w.Row) && path.StartsWith(w.Path, StringComparison.Ordinal))
            .OrderByDescending(w => w.Path.Length).Select(w => w.Row).FirstOrDefault();
        var communities = scope.Communities.ToDictionary(c => c.Id);

        var (averageStandards, minimumStandards, averageWages, minimumWages) = (new List<StandardInForce?>(), new List<StandardInForce?>(), new List<WageInForce>(), new List<WageInForce>());
        var (checkedAverage, checkedMinimum) = (0, 0);
        var underpaid = new List<UnderpaidWorker>();
        foreach (var w in workers.Where(w => w.MonthlyPay is not null))
        {
            var pay = w.MonthlyPay!.Value;
            var averageRule = scope.Standards.For(w.Path, StandardCatalog.PayMultipleOfAverageWage);
            var minimumRule = scope.Standards.For(w.Path, StandardCatalog.PayMultipleOfMinimumWage);
            var average = averageRule is null ? null : Nearest(w.Path, year - 1, r => r.AverageAnnual is not null);
            var minimum = minimumRule is null ? null : Nearest(w.Path, year, r => r.MinimumMonthly is not null);
            decimal? averageThreshold = average is null ? null : Math.Round(averageRule!.Value * average.AverageAnnual!.Value / 12m, 2, MidpointRounding.AwayFromZero);
            decimal? minimumThreshold = minimum is null ? null : Math.Round(minimumRule!.Value * minimum.MinimumMonthly!.Value, 2, MidpointRounding.AwayFromZero);
            if (average is not null)
            {
                checkedAverage++;
                averageStandards.Add(averageRule);
                averageWages.Add(average);
            }
            if (minimum is not null)
            {
                checkedMinimum++;
                minimumStandards.Add(minimumRule);
                minimumWages.Add(minimum);
            }
            var (belowAverage, belowMinimum) = (pay < averageThreshold, pay < minimumThreshold);
            if (belowAverage || belowMinimum)
            {
                var community = communities.GetValueOrDefault(w.CommunityId);
                underpaid.Add(new UnderpaidWorker(w.Id, w.Name, community?.Code ?? "", community?.Name ?? "", pay, averageThreshold, minimumThreshold, belowAverage, belowMinimum));
            }
        }
        var paid = workers.Where(w => w.MonthlyPay is not null).ToList();
        return new PayReport(year, asOf, workers.Count, paid.Count,
            paid.Count == 0 ? null : Math.Round(paid.Average(w => w.MonthlyPay!.Value), 2, MidpointRounding.AwayFromZero),
            Check(StandardCatalog.PayMultipleOfAverageWage, checkedAverage, underpaid.Count(u => u.BelowAverageRule), averageStandards, averageWages),
            Check(StandardCatalog.PayMultipleOfMinimumWage, checkedMinimum, underpaid.Count(u => u.BelowMinimumRule), minimumStandards, minimumWages),
            underpaid);
    }

    private static PayCheck Check(string key, int checkedCount, int below, List<StandardInForce?> standards, List<WageInForce> wages) =>
        new(key, StandardCatalog.Find(key)!.Name, checkedCount, below, FigureScope.Cite(standards),
            wages.DistinctBy(w => w.Id).OrderBy(w => w.SetAtCode, StringComparer.Ordinal).ToList());
}
