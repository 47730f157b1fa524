using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// The public lookup: tracking number and verification code together, or nothing. Wrong code and
/// unknown number answer alike so the page cannot be used to probe numbers.
/// </summary>
public sealed class TrackApplication(LinliDb db, FieldProtector protector, ApplicationDetails details)
{
    public async Task<Result<ApplicationView>> HandleAsync(string? trackingNumber, string? code, CancellationToken ct = default)
    {
        var number = trackingNumber?.Trim().ToUpperInvariant() ?? "";
        var given = code?.Trim() ?? "";
        if (number.Length == 0 || given.Length == 0)
        {
            return Failure.Invalid(number.Length == 0 ? "trackingNumber" : "code", "请填写办件编号和查询码", "Enter the tracking number and the verification code");
        }
        var application = await db.ServiceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.TrackingNumber == number, ct);
        if (application is null || !TrackingNumbers.HashCode(protector, number, given).AsSpan().SequenceEqual(application.VerificationHash))
        {
            return Failure.NotFound("编号或查询码不正确", "The tracking number or verification code is wrong");
        }
        return await details.ViewAsync(application, null, ct);
    }
}
