using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// Creates a catalogue item, or updates the one with <paramref name="existingCode"/> from the
/// Version the admin read. Everything is checked by <see cref="CatalogueRules"/> before a write;
/// a fixed handling unit must be inside the admin's area. Saves are audit-logged by the interceptor.
/// </summary>
public sealed class SaveCatalogueItem(LinliDb db, TimeProvider clock)
{
    public async Task<Result<CatalogueItem>> HandleAsync(Caller caller, string? existingCode, int? version, CatalogueDraft draft, CancellationToken ct = default)
    {
        if (!ApplicationWorkflow.EditsCatalogue(caller.Role))
        {
            return Failure.Forbidden("只有系统管理员和民政局可以维护办事指南", "Only system administrators and civil affairs may edit the catalogue");
        }
        if (CatalogueRules.Check(draft) is { } invalid)
        {
            return invalid;
        }
        long? fixedUnit = null;
        if (!string.IsNullOrWhiteSpace(draft.FixedUnitCode))
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == draft.FixedUnitCode.Trim(), ct);
            if (unit is null || !caller.CanSee(unit.Path) || unit.Kind > Hierarchy.OrgUnitKind.Community)
            {
                return Failure.Invalid("fixedUnitCode", "固定承办单位不存在或不在您的管辖范围内", "The fixed handling unit does not exist or is outside your area");
            }
            fixedUnit = unit.Id;
        }
        var code = draft.Code!.Trim();
        CatalogueItem? item;
        if (existingCode is null)
        {
            if (await db.CatalogueItems.AnyAsync(i => i.Code == code, ct))
            {
                return Failure.Invalid("code", $"事项编码“{code}”已存在", $"The code “{code}” is already taken");
            }
            item = new CatalogueItem { Code = code, NameZh = "", NameEn = "", GuideZh = "", GuideEn = "" };
            db.CatalogueItems.Add(item);
        }
        else
        {
            item = await db.CatalogueItems.FirstOrDefaultAsync(i => i.Code == existingCode, ct);
            if (item is null)
            {
                return CatalogueQueries.NotFound;
            }
            if (version != item.Version)
            {
                return Failure.ConcurrentEdit;
            }
            if (code != item.Code && await db.CatalogueItems.AnyAsync(i => i.Code == code, ct))
            {
                return Failure.Invalid("code", $"事项编码“{code}”已存在", $"The code “{code}” is already taken");
            }
            item.Code = code;
        }
        item.NameZh = draft.NameZh!.Trim();
        item.NameEn = draft.NameEn!.Trim();
        item.GuideZh = draft.GuideZh!.Trim();
        item.GuideEn = draft.GuideEn!.Trim();
        item.Level = draft.Level;
        item.FixedUnitId = fixedUnit;
        item.TimeLimitDays = draft.TimeLimitDays;
        item.FeeClass = draft.FeeClass;
        item.FeeNote = string.IsNullOrWhiteSpace(draft.FeeNote) ? null : draft.FeeNote.Trim();
        item.Active = draft.Active;
        item.Materials = [.. draft.Materials!.Select(m => m with { NameZh = m.NameZh.Trim(), NameEn = m.NameEn.Trim() })];
        item.Fields = [.. draft.Fields!.Select(Tidy)];
        item.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
            return item;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
    }

    private static CatalogueField Tidy(CatalogueField f) => f with
    {
        LabelZh = f.LabelZh.Trim(),
        LabelEn = f.LabelEn.Trim(),
        Choices = f.Type == FieldType.Choice ? [.. f.Choices!.Select(c => c.Trim())] : null,
    };
}
