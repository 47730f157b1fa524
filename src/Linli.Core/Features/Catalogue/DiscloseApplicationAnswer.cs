using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// Shows one ID or phone answer in full to a role that may see it, for a stated purpose; the audit
/// entry is written before the value is returned (ID numbers need the document right, phones the phone right).
/// </summary>
public sealed class DiscloseApplicationAnswer(LinliDb db, FieldProtector protector, AuditActor actor)
{
    public async Task<Result<string>> HandleAsync(Caller caller, long applicationId, string? key, string? purpose, CancellationToken ct = default)
    {
        var reason = purpose?.Trim() ?? "";
        if (reason.Length is < 2 or > 200)
        {
            return Failure.Invalid("purpose", "请填写查看事由（2–200个字）", "State the purpose (2–200 characters)");
        }
        var application = await db.ServiceApplications.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return ApplicationQueries.NotFound;
        }
        var answer = application.Answers.FirstOrDefault(a => a.Key == key && a.Cipher is not null);
        var field = (await db.CatalogueItems.AsNoTracking().FirstAsync(i => i.Id == application.ItemId, ct)).Fields.FirstOrDefault(f => f.Key == key);
        if (answer is null)
        {
            return Failure.Invalid("key", "该项没有可查看的完整号码", "This answer has no full number to show");
        }
        var isId = field?.Type != FieldType.Phone; // a field removed since: treat as the stricter kind
        if (isId ? !caller.Role.CanDiscloseDocument() : !caller.Role.CanDisclosePhone())
        {
            return Failure.Forbidden("当前角色不能查看完整号码", "Your role may not see full numbers");
        }
        var entry = AuditEntry.ForBulk(actor, AuditActions.Disclose, isId ? "办件身份证号码 / application ID number" : "办件联系电话 / application phone", application.Path);
        entry.EntityType = nameof(ServiceApplication);
        entry.EntityId = application.Id.ToString(CultureInfo.InvariantCulture);
        entry.Purpose = reason;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return protector.Decrypt(Convert.FromBase64String(answer.Cipher!));
    }
}
