using Linli.Core.Data;
using Linli.Core.Features.Admission;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Features.Admission;

/// <summary>/api/v1/duty-lists: the versions of a unit's duty list, one version with its entries, the diff of two, publishing a new one.</summary>
public static class DutyListApi
{
    public sealed record PublishRequest(string? UnitCode, string? Title, DateOnly? EffectiveFrom, IReadOnlyList<PublishDutyList.Entry>? Entries);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/duty-lists").WithTags("Admission");
        group.MapGet("", async (CurrentCaller current, DutyListPage page, string? unit, CancellationToken ct) =>
            ApiResults.From(await page.VersionsAsync(current.Value!, unit, ct), v => Results.Ok(v.Select(l => new { l.Id, l.Title, l.Number, l.EffectiveFrom, l.EffectiveTo, unitCode = l.UnitCode, unitName = l.UnitName }))))
            .WithSummary("本单位及上级的清单版本 / duty-list versions that apply to a unit");

        group.MapGet("/{id:long}", async (long id, CurrentCaller current, DutyListPage page, CancellationToken ct) =>
            ApiResults.From(await page.ListAsync(current.Value!, id, ct), l => Results.Ok(new
            {
                l.Id, l.Title, l.Number, l.EffectiveFrom, l.EffectiveTo,
                entries = l.Entries.Select(e => new { e.Id, kind = e.Kind.ToString(), kindName = DutyKindNames.Of(e.Kind).ToString(), e.Title, e.LegalBasis, e.Department, e.RequiresFunds, e.RequiresPeople, taskKind = e.TaskKind?.ToString() }),
            })))
            .WithSummary("一个清单版本及其事项 / one version with its entries");

        group.MapGet("/{id:long}/diff", async (long id, long against, CurrentCaller current, DutyListPage page, CancellationToken ct) =>
        {
            var newer = await page.ListAsync(current.Value!, id, ct);
            var older = await page.ListAsync(current.Value!, against, ct);
            if ((newer.Failure ?? older.Failure) is { } failure)
            {
                return ApiResults.Problem(failure);
            }
            var diff = DutyLists.Compare(older.Value!.Entries, newer.Value!.Entries);
            return Results.Ok(new
            {
                added = diff.Added.Select(e => new { kind = e.Kind.ToString(), e.Title, e.LegalBasis }),
                removed = diff.Removed.Select(e => new { kind = e.Kind.ToString(), e.Title, e.LegalBasis }),
            });
        }).WithSummary("两个版本的差异（新增/删除）/ what a version added and removed against another");

        group.MapPost("", async (JsonBody<PublishRequest> json, CurrentCaller current, PublishDutyList publish, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var b = json.Body;
            return ApiResults.From(await publish.HandleAsync(current.Value!, new(b.UnitCode, b.Title, b.EffectiveFrom, b.Entries), ct),
                l => Results.Created($"/api/v1/duty-lists/{l.Id}", new { l.Id, l.Number }));
        }).WithSummary("发布新版清单（民政局、管理员、审核组）/ publish a new version");
    }
}

/// <summary>Reads duty lists for the pages and the API: a caller sees the lists of its own unit's ancestors and of units inside its area.</summary>
public sealed class DutyListPage(LinliDb db)
{
    public sealed record Version(long Id, string Title, int Number, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string UnitCode, string UnitName);

    public async Task<Core.Common.Result<IReadOnlyList<Version>>> VersionsAsync(Core.Features.Accounts.Caller caller, string? unitCode, CancellationToken ct)
    {
        var unit = string.IsNullOrWhiteSpace(unitCode)
            ? await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == caller.OrgUnitId, ct)
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !Visible(caller, unit.Path))
        {
            return Core.Common.Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var ancestors = Core.Features.Standards.StandardSet.AncestorPaths(unit.Path);
        return await (from l in db.DutyLists.AsNoTracking()
                      where ancestors.Contains(l.Path)
                      join u in db.OrgUnits on l.OrgUnitId equals u.Id
                      orderby l.Path, l.Number descending
                      select new Version(l.Id, l.Title, l.Number, l.EffectiveFrom, l.EffectiveTo, u.Code, u.Name)).ToListAsync(ct);
    }

    public async Task<Core.Common.Result<DutyList>> ListAsync(Core.Features.Accounts.Caller caller, long id, CancellationToken ct)
    {
        var list = await db.DutyLists.AsNoTracking().Include(l => l.Entries).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (list is null || !Visible(caller, list.Path))
        {
            return Core.Common.Failure.NotFound("未找到该清单", "Duty list not found");
        }
        list.Entries = list.Entries.OrderBy(e => e.Kind).ThenBy(e => e.SortOrder).ToList();
        return list;
    }

    /// <summary>A list set above the caller governs the caller's communities, so it is readable; one beside the caller's area is not.</summary>
    private static bool Visible(Core.Features.Accounts.Caller caller, string path) =>
        caller.CanSee(path) || caller.Scope.Value.StartsWith(path, StringComparison.Ordinal);
}
