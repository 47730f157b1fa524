using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// The resident portal's lookup: tracking number and verification code together, or nothing. Both
/// wrong and not-found give the same answer so the page cannot be used to probe numbers. After
/// <see cref="MaxFailures"/> wrong look-ups of one number within <see cref="LockoutWindow"/>, that
/// number is locked until the oldest of them leaves the window — even with the right code, so the
/// six-digit code cannot be guessed. Failures live in the database, shared by every instance.
/// </summary>
public sealed class TrackRequest(LinliDb db, FieldProtector protector, RequestDetails details, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public const int MaxNumberLength = 40;
    public static readonly TimeSpan LockoutWindow = TimeSpan.FromMinutes(15);

    public async Task<Result<RequestView>> HandleAsync(string? trackingNumber, string? code, CancellationToken ct = default)
    {
        var number = trackingNumber?.Trim().ToUpperInvariant() ?? "";
        var given = code?.Trim() ?? "";
        if (number.Length == 0 || given.Length == 0)
        {
            return Failure.Invalid(number.Length == 0 ? "trackingNumber" : "code", "请填写诉求编号和查询码", "Enter the tracking number and the verification code");
        }
        if (number.Length > MaxNumberLength)
        {
            return Failure.Invalid("trackingNumber", "诉求编号格式不正确（如 Q20261201-000123）", "The tracking number looks wrong (e.g. Q20261201-000123)");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - LockoutWindow;
        var failures = db.Set<TrackLookupFailure>();
        if (await failures.CountAsync(f => f.TrackingNumber == number && f.At > since, ct) >= MaxFailures)
        {
            var minutes = (int)Math.Ceiling(LockoutWindow.TotalMinutes);
            return Failure.Invalid("code", $"该编号查询码错误次数过多，已暂停查询，请{minutes}分钟后再试或致电热线",
                $"Too many wrong codes for this number; look-ups are paused. Try again in {minutes} minutes or call the hotline");
        }
        var request = await db.ServiceRequests.AsNoTracking().Include(r => r.Category).FirstOrDefaultAsync(r => r.TrackingNumber == number, ct);
        if (request is null || !TrackingNumbers.HashCode(protector, number, given).AsSpan().SequenceEqual(request.VerificationHash))
        {
            await failures.Where(f => f.At < now.AddDays(-1)).ExecuteDeleteAsync(ct);
            failures.Add(new TrackLookupFailure { TrackingNumber = number, At = now });
            await db.SaveChangesAsync(ct);
            return Failure.NotFound("编号或查询码不正确", "The tracking number or verification code is wrong");
        }
        return await details.ViewAsync(request, null, ct);
    }
}
