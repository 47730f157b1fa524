using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

public enum DisclosedField
{
    DocumentNumber = 1, // 证件号码
    Phone = 2,          // 联系电话
}

/// <summary>
/// Shows a full ID number or phone to a role allowed to see it, for a stated purpose (PIPL: collect
/// and use for a purpose). Every disclosure is written to the audit log — who, which field, which
/// resident, why — before the value is returned. Departments never see full values.
/// </summary>
public sealed class DiscloseResidentField(LinliDb db, FieldProtector protector, AuditActor actor)
{
    public sealed record Command(long ResidentId, DisclosedField Field, string? Purpose);

    public async Task<Result<string>> HandleAsync(Caller caller, Command command, CancellationToken ct = default)
    {
        var allowed = command.Field switch
        {
            DisclosedField.DocumentNumber => caller.Role.CanDiscloseDocument(),
            DisclosedField.Phone => caller.Role.CanDisclosePhone(),
            _ => false,
        };
        if (!allowed || caller.Role == Role.Department)
        {
            return Failure.Forbidden("当前角色不能查看完整号码", "Your role may not see full numbers");
        }
        var purpose = command.Purpose?.Trim() ?? "";
        if (purpose.Length < 2)
        {
            return Failure.Invalid("purpose", "请填写查看事由（至少2个字）", "State the purpose (at least 2 characters)");
        }
        if (purpose.Length > 200)
        {
            return Failure.Invalid("purpose", "查看事由不能超过200个字", "The purpose must be at most 200 characters");
        }
        var resident = await db.Residents.AsNoTracking().Under(caller.Scope).FirstOrDefaultAsync(r => r.Id == command.ResidentId, ct);
        if (resident is null)
        {
            return RegistryRules.ResidentNotFound;
        }
        var cipher = command.Field == DisclosedField.DocumentNumber ? resident.DocumentCipher : resident.PhoneCipher;
        if (cipher is null)
        {
            return Failure.NotFound("该居民未登记联系电话", "No phone number is recorded for this resident");
        }

        var entry = AuditEntry.ForBulk(actor, AuditActions.Disclose,
            command.Field == DisclosedField.DocumentNumber ? "证件号码 / document number" : "联系电话 / phone", resident.Path);
        entry.EntityType = nameof(Resident);
        entry.EntityId = resident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        entry.Purpose = purpose;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return protector.Decrypt(cipher);
    }
}
