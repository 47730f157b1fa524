using System.Net;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// The resident portal's lookup: tracking number and verification code together, or nothing. Both
/// wrong and not-found give the same answer so the page cannot be used to probe numbers. Wrong
/// look-ups count against <see cref="TrackLookupLimits"/>, which pause look-ups before the
/// six-digit code can be guessed.
/// </summary>
public sealed class TrackRequest(LinliDb db, FieldProtector protector, RequestDetails details, TrackLookupLimits limits)
{
    /// <param name="client">The client's address (behind trusted proxies, the forwarded one); null off the web.</param>
    public async Task<Result<RequestView>> HandleAsync(string? trackingNumber, string? code, IPAddress? client = null, CancellationToken ct = default)
    {
        var number = trackingNumber?.Trim().ToUpperInvariant() ?? "";
        var given = code?.Trim() ?? "";
        if (number.Length == 0 || given.Length == 0)
        {
            return Failure.Invalid(number.Length == 0 ? "trackingNumber" : "code", "请填写诉求编号和查询码", "Enter the tracking number and the verification code");
        }
        if (number.Length > TrackLookupLimits.MaxNumberLength)
        {
            return Failure.Invalid("trackingNumber", "诉求编号格式不正确（如 Q20261201-000123）", "The tracking number looks wrong (e.g. Q20261201-000123)");
        }
        if (await limits.PausedAsync(number, client, ct) is { } paused)
        {
            return paused;
        }
        var request = await db.ServiceRequests.AsNoTracking().Include(r => r.Category).FirstOrDefaultAsync(r => r.TrackingNumber == number, ct);
        if (request is null || !TrackingNumbers.HashCode(protector, number, given).AsSpan().SequenceEqual(request.VerificationHash))
        {
            await limits.RecordFailureAsync(number, client, ct);
            return Failure.NotFound("编号或查询码不正确", "The tracking number or verification code is wrong");
        }
        return await details.ViewAsync(request, null, ct);
    }
}
