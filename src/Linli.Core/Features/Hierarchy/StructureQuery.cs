using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// What lies below a committee (or one of its grids) for the structure page: grids, estates and
/// buildings, with the estates of the whole community to choose from when adding a building.
/// </summary>
public sealed class StructureQuery(LinliDb db)
{
    public sealed record BuildingRow(long Id, string Code, string Name, string? Grid, string? Estate);
    public sealed record EstateOption(long Id, string Name);

    public sealed record Structure(
        UnitSummary Unit,
        IReadOnlyList<UnitSummary> Breadcrumb,
        IReadOnlyList<UnitSummary> Grids,
        IReadOnlyList<EstateOption> Estates,
        IReadOnlyList<BuildingRow> Buildings,
        bool CanEdit);

    public async Task<Result<Structure>> HandleAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var unit = await OrgNodeQuery.FindVisibleAsync(db, caller, id, ct);
        if (unit is null)
        {
            return OrgNodeQuery.NotFound;
        }
        if (unit.Kind is not (OrgUnitKind.Community or OrgUnitKind.Grid))
        {
            return Failure.Invalid("id", "网格、小区和楼栋只能设在社区（村）或网格下", "Grids, estates and buildings belong under a community or a grid");
        }
        var communityId = unit.Kind == OrgUnitKind.Community ? unit.Id : unit.ParentId!.Value;
        var path = new OrgPath(unit.Path);
        var grids = unit.Kind == OrgUnitKind.Community
            ? await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == unit.Id && o.Kind == OrgUnitKind.Grid).OrderBy(o => o.Code)
                .Select(o => new UnitSummary(o.Id, o.Code, o.Name, o.Kind, o.Path, o.ParentId, null, o.IsDemo)).ToListAsync(ct)
            : [];
        var estates = await db.Estates.AsNoTracking().Where(e => e.CommunityId == communityId).OrderBy(e => e.Name)
            .Select(e => new EstateOption(e.Id, e.Name)).ToListAsync(ct);
        var buildings = await db.OrgUnits.AsNoTracking().Under(path).Where(o => o.Kind == OrgUnitKind.Building).OrderBy(o => o.Path)
            .Select(o => new BuildingRow(o.Id, o.Code, o.Name, o.Parent!.Kind == OrgUnitKind.Grid ? o.Parent.Name : null, o.Estate!.Name))
            .ToListAsync(ct);
        return new Structure(OrgNodeQuery.Summarize(unit), await OrgNodeQuery.BreadcrumbAsync(db, caller, path, ct), grids, estates, buildings, caller.Role.CanEditStructure());
    }
}
