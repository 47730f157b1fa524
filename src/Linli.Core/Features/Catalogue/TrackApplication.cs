using System.Net;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// The public lookup: tracking number and verification code together, or nothing. Wrong code and
/// unknown number answer alike so the page cannot be used to probe numbers. Wrong look-ups count
/// against the same <see cref="TrackLookupLimits"/> as the portal's, so the six-digit code cannot
/// be guessed here either.
/// </summary>
public sealed class TrackApplication(LinliDb db, FieldProtector protector, ApplicationDetails details, TrackLookupLimits limits)
{
    /// <param name="client">The client's address (behind trusted proxies, the forwarded one); null off the web.</param>
    public async Task<Result<ApplicationView>> HandleAsync(string? trackingNumber, string? code, IPAddress? client = null, CancellationToken ct = default)
    {
        var number = trackingNumber?.Trim().ToUpperInvariant() ?? "";
        var given = code?.Trim() ?? "";
        if (number.Length == 0 || given.Length == 0)
        {
            return Failure.Invalid(number.Length == 0 ? "trackingNumber" : "code", "请填写办件编号和查询码", "Enter the tracking number and the verification code");
        }
        if (number.Length > TrackLookupLimits.MaxNumberLength)
        {
            return Failure.Invalid("trackingNumber", "办件编号格式不正确（如 B20261201-000042）", "The tracking number looks wrong (e.g. B20261201-000042)");
        }
        if (await limits.PausedAsync(number, client, ct) is { } paused)
        {
            return paused;
        }
        var application = await db.ServiceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.TrackingNumber == number, ct);
        if (application is null || !TrackingNumbers.HashCode(protector, number, given).AsSpan().SequenceEqual(application.VerificationHash))
        {
            await limits.RecordFailureAsync(number, client, ct);
            return Failure.NotFound("编号或查询码不正确", "The tracking number or verification code is wrong");
        }
        return await details.ViewAsync(application, null, ct);
    }
}
