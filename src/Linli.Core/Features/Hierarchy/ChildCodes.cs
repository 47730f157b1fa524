using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Linli's own codes below a committee, the same scheme the import uses (AddressResolver):
/// parent code + G001 for grids, parent code + B001 for buildings.
/// </summary>
public static class ChildCodes
{
    public static string Letter(OrgUnitKind kind) => kind == OrgUnitKind.Grid ? "G" : "B";

    public static async Task<string> NextAsync(LinliDb db, OrgUnit parent, OrgUnitKind kind, CancellationToken ct)
    {
        var prefix = parent.Code + Letter(kind);
        var codes = await db.OrgUnits.Where(o => o.ParentId == parent.Id && o.Kind == kind).Select(o => o.Code).ToListAsync(ct);
        var next = codes.Where(c => c.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(c.AsSpan(prefix.Length), out _))
            .Select(c => int.Parse(c.AsSpan(prefix.Length))).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:D3}";
    }

    public static OrgUnit NewChild(OrgUnit parent, OrgUnitKind kind, string code, string name, long? estateId) => new()
    {
        Code = code,
        Name = name,
        Kind = kind,
        ParentId = parent.Id,
        Path = OrgPath.Child(parent.OrgPath, code).Value,
        Depth = parent.Depth + 1,
        EstateId = estateId,
    };
}
