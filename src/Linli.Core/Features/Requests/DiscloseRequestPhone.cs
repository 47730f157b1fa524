using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>Shows a request's full contact phone to a role that calls residents back, for a stated purpose; audit-logged first.</summary>
public sealed class DiscloseRequestPhone(LinliDb db, FieldProtector protector, AuditActor actor)
{
    public async Task<Result<string>> HandleAsync(Caller caller, long requestId, string? purpose, CancellationToken ct = default)
    {
        if (!RequestQueries.MayDisclosePhone(caller.Role))
        {
            return Failure.Forbidden("当前角色不能查看完整号码", "Your role may not see full numbers");
        }
        var reason = purpose?.Trim() ?? "";
        if (reason.Length is < 2 or > 200)
        {
            return Failure.Invalid("purpose", "请填写查看事由（2–200个字）", "State the purpose (2–200 characters)");
        }
        var request = await db.ServiceRequests.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return RequestQueries.NotFound;
        }
        if (request.PhoneCipher is null)
        {
            return Failure.NotFound("该诉求未留联系电话", "No phone number was left with this request");
        }
        var entry = AuditEntry.ForBulk(actor, AuditActions.Disclose, "诉求联系电话 / request phone", request.Path);
        entry.EntityType = nameof(ServiceRequest);
        entry.EntityId = request.Id.ToString(CultureInfo.InvariantCulture);
        entry.Purpose = reason;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return protector.Decrypt(request.PhoneCipher);
    }
}
