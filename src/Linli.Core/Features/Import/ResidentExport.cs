using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Import;

/// <summary>
/// Exports the active residents under one org unit to .xlsx in the import template's columns, so a
/// list can be corrected and imported again. Numbers are masked unless a role that may disclose
/// them asks for full values and states a purpose; either way one audit entry records the export.
/// </summary>
public sealed class ResidentExport(LinliDb db, FieldProtector protector, AuditActor actor, TimeProvider clock)
{
    private const int Batch = 2000;

    public sealed record Request(string UnitCode, bool Full, string? Purpose);

    /// <summary>Checks the request and the caller's rights before anything is written to <paramref name="output"/>.</summary>
    public async Task<Result<OrgUnit>> CheckAsync(Caller caller, Request request, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == request.UnitCode.Trim(), ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.NotFound($"未找到单位“{request.UnitCode}”，或不在您的管辖范围内", $"Unit \"{request.UnitCode}\" was not found or is outside your area");
        }
        if (request.Full && !caller.Role.CanDiscloseDocument())
        {
            return Failure.Forbidden("当前角色不能导出完整证件号码和电话", "Your role may not export full ID and phone numbers");
        }
        if (request.Full && string.IsNullOrWhiteSpace(request.Purpose))
        {
            return Failure.Invalid("purpose", "导出完整号码须填写用途", "State the purpose to export full numbers");
        }
        if (request.Purpose is { Length: > 200 })
        {
            return Failure.Invalid("purpose", "用途不能超过200个字", "The purpose must be at most 200 characters");
        }
        return unit;
    }

    /// <summary>Writes the spreadsheet and the audit entry; returns the number of residents written.</summary>
    public async Task<Result<int>> WriteAsync(Caller caller, Request request, Stream output, CancellationToken ct = default)
    {
        var check = await CheckAsync(caller, request, ct);
        if (check.Value is not { } unit)
        {
            return check.Failure!;
        }
        var contact = caller.Role.SeesContactFields();
        var restricted = caller.Role.CanDiscloseDocument();
        var codes = new Dictionary<long, string>();
        var count = 0;
        using (var writer = new XlsxWriter(output, "居民", [10, 12, 22, 16, 14, 12, 14, 10, 8, 8, 10, 10, 20]))
        {
            writer.WriteHeaderRow(ImportColumns.All.Select(c => c.Header));
            long after = 0;
            while (true)
            {
                var page = await db.Residents.AsNoTracking().Under(unit.OrgPath)
                    .Where(r => r.Status == ResidentStatus.Active && r.Id > after).OrderBy(r => r.Id).Take(Batch)
                    .Include(r => r.Tags).Include(r => r.Household!.Grid).Include(r => r.Household!.Estate).Include(r => r.Household!.Building)
                    .AsSplitQuery().ToListAsync(ct);
                foreach (var r in page)
                {
                    if (!codes.TryGetValue(r.CommunityId, out var code))
                    {
                        codes[r.CommunityId] = code = await db.OrgUnits.Where(o => o.Id == r.CommunityId).Select(o => o.Code).FirstAsync(ct);
                    }
                    var h = r.Household;
                    writer.WriteRow([
                        r.Name, DocumentTypes.ChineseName(r.DocumentType),
                        request.Full ? protector.Decrypt(r.DocumentCipher) : r.DocumentMasked,
                        !contact ? "" : request.Full && r.PhoneCipher is not null ? protector.Decrypt(r.PhoneCipher) : r.PhoneMasked,
                        code, h?.Grid?.Name, h?.Estate?.Name, h?.Building?.Name, h?.Entrance, contact ? h?.Room : "",
                        r.RelationToHead, ImportValues.ResidenceTypeName(r.ResidenceType),
                        ImportValues.FormatTags(r.Tags.Where(t => restricted || KeyGroups.Find(t.Tag) is not { Restricted: true })),
                    ]);
                    count++;
                }
                if (page.Count < Batch)
                {
                    break;
                }
                after = page[^1].Id;
            }
        }
        var entry = AuditEntry.ForBulk(actor, AuditActions.Export,
            $"resident export {unit.Code} {unit.Name}: {count} residents, {(request.Full ? "full ID and phone numbers" : "masked")}", unit.Path);
        entry.At = clock.GetUtcNow().UtcDateTime;
        entry.Purpose = request.Full ? request.Purpose!.Trim() : null;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return count;
    }
}
