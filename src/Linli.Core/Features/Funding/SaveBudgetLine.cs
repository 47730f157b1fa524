using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Funding;

/// <summary>Sets a community's budget line for a year, purpose and source, and what was spent against it (one row per combination).</summary>
public sealed class SaveBudgetLine(LinliDb db, TimeProvider clock)
{
    public sealed record Command(string? CommunityCode, int? Year, string? Category, string? Source, decimal? Budget, decimal? Spent);

    public async Task<Result<BudgetLine>> HandleAsync(Caller caller, Command c, CancellationToken ct = default)
    {
        if (!FacilityAccess.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能填报经费", "Your role may not enter funding");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var category = FundingNames.Parse(FundingNames.Categories, c.Category);
        var source = FundingNames.Parse(FundingNames.Sources, c.Source);
        var invalid = EntryUnit.Year(c.Year, now.Year)
            ?? (category is null ? Failure.Invalid("category", "用途应为：办公经费、人员报酬、阵地建设、活动经费、其他", "Purpose must be one of 办公经费, 人员报酬, 阵地建设, 活动经费, 其他") : null)
            ?? (source is null ? Failure.Invalid("source", "来源应为：财政、费随事转、社会捐助、有偿服务", "Source must be one of 财政, 费随事转, 社会捐助, 有偿服务") : null)
            ?? EntryUnit.Amount("budget", c.Budget, 100_000_000m, new("预算", "The budget"))
            ?? EntryUnit.Amount("spent", c.Spent ?? 0, 100_000_000m, new("支出", "Spending"));
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
        var line = await db.Set<BudgetLine>().FirstOrDefaultAsync(l => l.CommunityId == community.Id && l.Year == c.Year && l.Category == category && l.Source == source, ct);
        if (line is null)
        {
            line = new BudgetLine { CommunityId = community.Id, Path = community.Path, Year = c.Year!.Value, Category = category!.Value, Source = source!.Value };
            db.Add(line);
        }
        (line.Budget, line.Spent, line.UpdatedAt) = (c.Budget!.Value, c.Spent ?? 0, now);
        await db.SaveChangesAsync(ct);
        return line;
    }
}
