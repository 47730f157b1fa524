using System.Net;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// The resident portal's lookup: tracking number and verification code together, or nothing. Both
/// wrong and not-found give the same answer so the page cannot be used to probe numbers. Wrong
/// look-ups are rows in the database, shared by every instance, and three limits pause look-ups —
/// even with the right code, so the six-digit code cannot be guessed:
/// <see cref="MaxFailures"/> of one number from one client within <see cref="LockoutWindow"/>,
/// <see cref="MaxClientFailures"/> from one client within <see cref="DayWindow"/> (rotating numbers),
/// and <see cref="MaxNumberFailures"/> of one number from all clients within <see cref="DayWindow"/>
/// (many addresses). A pause lasts until enough failures leave their window. Someone guessing one
/// number from one address locks only themselves out; the resident, elsewhere, is unaffected
/// until the number's ceiling is reached.
/// </summary>
public sealed class TrackRequest(LinliDb db, FieldProtector protector, RequestDetails details, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutWindow = TimeSpan.FromMinutes(15);
    public const int MaxClientFailures = 20;
    public const int MaxNumberFailures = 100;
    public static readonly TimeSpan DayWindow = TimeSpan.FromDays(1);
    public const int MaxNumberLength = 40;

    /// <param name="client">The client's address (behind trusted proxies, the forwarded one); null off the web.</param>
    public async Task<Result<RequestView>> HandleAsync(string? trackingNumber, string? code, IPAddress? client = null, CancellationToken ct = default)
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
        var clientHash = TrackClient.Hash(protector, client);
        var failures = db.Set<TrackLookupFailure>();
        if (await PausedAsync(failures, number, clientHash, now, ct) is { } paused)
        {
            return paused;
        }
        var request = await db.ServiceRequests.AsNoTracking().Include(r => r.Category).FirstOrDefaultAsync(r => r.TrackingNumber == number, ct);
        if (request is null || !TrackingNumbers.HashCode(protector, number, given).AsSpan().SequenceEqual(request.VerificationHash))
        {
            var expired = now - DayWindow; // the longest window: older rows count for nothing
            await failures.Where(f => f.At < expired).ExecuteDeleteAsync(ct);
            failures.Add(new TrackLookupFailure { TrackingNumber = number, ClientHash = clientHash, At = now });
            await db.SaveChangesAsync(ct);
            return Failure.NotFound("编号或查询码不正确", "The tracking number or verification code is wrong");
        }
        return await details.ViewAsync(request, null, ct);
    }

    /// <summary>The pause that lasts longest among the limits reached, or null.</summary>
    private static async Task<Failure?> PausedAsync(DbSet<TrackLookupFailure> failures, string number, byte[] client, DateTime now, CancellationToken ct)
    {
        var byClientAndNumber = await PausedUntilAsync(failures.Where(f => f.TrackingNumber == number && f.ClientHash == client), MaxFailures, LockoutWindow, now, ct);
        var byClient = await PausedUntilAsync(failures.Where(f => f.ClientHash == client), MaxClientFailures, DayWindow, now, ct);
        var byNumber = await PausedUntilAsync(failures.Where(f => f.TrackingNumber == number), MaxNumberFailures, DayWindow, now, ct);
        var until = new[] { byClientAndNumber, byClient, byNumber }.Max();
        if (until is null)
        {
            return null;
        }
        var wait = until.Value - now;
        var (zh, en) = wait < TimeSpan.FromHours(1)
            ? ($"{Math.Ceiling(wait.TotalMinutes):0}分钟", $"{Math.Ceiling(wait.TotalMinutes):0} minutes")
            : ($"{Math.Ceiling(wait.TotalHours):0}小时", $"{Math.Ceiling(wait.TotalHours):0} hours");
        if (until == byClient)
        {
            return Failure.TooMany(wait, null, $"您所在网络24小时内查询错误次数过多，已暂停查询，请{zh}后再试或致电热线",
                $"Too many wrong look-ups from your network in 24 hours; look-ups are paused. Try again in {en} or call the hotline");
        }
        if (until == byNumber)
        {
            return Failure.TooMany(wait, null, $"该编号24小时内查询错误次数过多，已暂停查询，请{zh}后再试或致电热线",
                $"Too many wrong look-ups of this number in 24 hours; look-ups are paused. Try again in {en} or call the hotline");
        }
        return Failure.TooMany(wait, "code", $"该编号查询码错误次数过多，已暂停查询，请{zh}后再试或致电热线",
            $"Too many wrong codes for this number; look-ups are paused. Try again in {en} or call the hotline");
    }

    /// <summary>
    /// With at least <paramref name="max"/> of <paramref name="rows"/> inside the window, the time the
    /// <paramref name="max"/>-th newest leaves it (when the limit frees up); otherwise null.
    /// </summary>
    private static async Task<DateTime?> PausedUntilAsync(IQueryable<TrackLookupFailure> rows, int max, TimeSpan window, DateTime now, CancellationToken ct)
    {
        var since = now - window;
        var nth = await rows.Where(f => f.At > since).OrderByDescending(f => f.At).Skip(max - 1).Select(f => (DateTime?)f.At).FirstOrDefaultAsync(ct);
        return nth + window;
    }
}
