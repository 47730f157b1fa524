using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>The org unit a record is entered for: it must exist, be inside the caller's area and (optionally) be a community.</summary>
public static class EntryUnit
{
    public static async Task<Result<OrgUnit>> FindAsync(LinliDb db, Caller caller, string? code, bool community, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        var unit = trimmed.Length == 0 ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == trimmed, ct);
        if (unit is null || !caller.CanSee(unit.Path) || (community && unit.Kind != OrgUnitKind.Community) || unit.Kind > OrgUnitKind.Community)
        {
            return community
                ? Failure.Invalid("communityCode", $"社区代码 {trimmed} 不存在或不在您的管辖范围内", $"Community {trimmed} does not exist or is outside your area")
                : Failure.Invalid("unitCode", $"单位代码 {trimmed} 不存在或不在您的管辖范围内", $"Unit {trimmed} does not exist or is outside your area");
        }
        return unit;
    }

    public static Failure? Year(int? year, int thisYear) =>
        year is { } y && y >= 2000 && y <= thisYear + 1 ? null : Failure.Invalid("year", $"年份应在2000到{thisYear + 1}之间", $"The year must be between 2000 and {thisYear + 1}");

    public static Failure? Amount(string field, decimal? value, decimal max, Bilingual name, bool required = true) =>
        (value is null && !required) || value is { } v && v >= 0 && v <= max ? null
            : Failure.Invalid(field, $"{name.Zh}应为0到{max:0}之间的数字", $"{name.En} must be a number from 0 to {max:0}");
}
