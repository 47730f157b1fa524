using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// The resident portal's lookup: tracking number and verification code together, or nothing. Both
/// wrong and not-found give the same answer so the page cannot be used to probe numbers.
/// </summary>
public sealed class TrackRequest(LinliDb db, FieldProtector protector, RequestDetails details)
{
    public async Task<Result<RequestView>> HandleAsync(string? trackingNumber, string? code, CancellationToken ct = default)
    {
        var number = trackingNumber?.Trim().ToUpperInvariant() ?? "";
        var given = code?.Trim() ?? "";
        if (number.Length == 0 || given.Length == 0)
        {
            return Failure.Invalid(number.Length == 0 ? "trackingNumber" : "code", "请填写诉求编号和查询码", "Enter the tracking number and the verification code");
        }
        var request = await db.ServiceRequests.AsNoTracking().Include(r => r.Category).FirstOrDefaultAsync(r => r.TrackingNumber == number, ct);
        if (request is null || !TrackingNumbers.HashCode(protector, number, given).AsSpan().SequenceEqual(request.VerificationHash))
        {
            return Failure.NotFound("编号或查询码不正确", "The tracking number or verification code is wrong");
        }
        return await details.ViewAsync(request, null, ct);
    }
}
