using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>Writes the rooms under a unit as .xlsx with the template headers, so the file imports back unchanged.</summary>
public sealed class ExportFacilities(LinliDb db, AuditActor actor)
{
    public async Task<Result<int>> HandleAsync(Caller caller, string unitCode, Stream output, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var rows = await (from r in db.Set<ServiceRoom>().AsNoTracking().Under(unit.OrgPath)
                          join c in db.OrgUnits on r.CommunityId equals c.Id
                          join s in db.Set<CommunitySite>() on r.CommunityId equals s.CommunityId into sites
                          from s in sites.DefaultIfEmpty()
                          orderby c.Code, r.Name
                          select new { c.Code, r.Name, r.Area, r.Tenure, r.FunctionRooms, Outdoor = s == null ? null : s.OutdoorArea }).ToListAsync(ct);
        using (var writer = new XlsxWriter(output, "阵地用房"))
        {
            writer.WriteHeaderRow(FacilityTemplate.Headers);
            foreach (var r in rows)
            {
                writer.WriteRow([r.Code, r.Name, N(r.Area), TenureNames.All[r.Tenure].Zh, r.FunctionRooms, r.Outdoor is { } o ? N(o) : ""]);
            }
        }
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Export, $"导出阵地用房 {unit.Code}：{rows.Count} 行", caller.Scope.Value));
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
